// The authoring page (demo/author.html): drafts facts from a test article with the NLP loaded only
// there and only on demand; shows each fact beside its source sentence with the slots marked and
// what to check; lets the teacher drop, reword and rebuild facts (statement, slots, question
// wording, feedback, a new fact, a new name) while the questions each fact makes follow live;
// validates before any download; downloads a self-contained quiz page that runs, GIFT, a worksheet
// and the bank; and keeps every keystroke across a reload.
import { expect, waitUntil } from '@open-wc/testing';
import type { Bank } from '../../src/domain/bank.js';
import { generate } from '../../src/domain/generate.js';
import { validateBank } from '../../src/domain/validate.js';
import { STORAGE_KEY, loadDrafter, mountAuthor, type AuthorContext, type AuthorPage, type DraftFn } from '../../demo/author.js';
import { describeProblem, emptyState, finalBank, removeSlot, restoreState } from '../../demo/author-state.js';
import { inlineScript, quizPage, scriptJson } from '../../demo/author-files.js';
import { parseDate } from '../../src/authoring/paragraphs.js';
import { MAX_ARTICLE_WORDS } from '../../src/authoring/types.js';
import { answer, button, shows, submit } from '../element/helpers.js';
import { guardPage } from './page-guard.js';

const PAGE = '/demo/author.html';
const ARTICLE = '/test/fixtures/draft/summit.txt';
const FLOOD = '/test/fixtures/draft/flood.txt';

let body: string | null = null;
async function pageBody(): Promise<HTMLElement> {
  body ??= new DOMParser().parseFromString(await (await fetch(PAGE)).text(), 'text/html').body.innerHTML;
  const container = document.createElement('div');
  container.innerHTML = body;
  document.body.append(container);
  return container;
}

const $ = <T extends HTMLElement>(root: ParentNode, selector: string): T => {
  const found = root.querySelector<T>(selector);
  if (!found) throw new Error(`missing ${selector}`);
  return found;
};

/** Types into a field as a person would: value, then input and change events. */
function type(field: HTMLInputElement | HTMLTextAreaElement | HTMLSelectElement, value: string): void {
  field.value = value;
  field.dispatchEvent(new Event('input', { bubbles: true }));
  field.dispatchEvent(new Event('change', { bubbles: true }));
}

/** A context that keeps what the page saves instead of downloading it. */
function keeper(): AuthorContext & { files: { name: string; text: string; type: string }[] } {
  const files: { name: string; text: string; type: string }[] = [];
  return {
    files,
    save: (name, text, type) => files.push({ name, text, type }),
    bundle: async () => (await fetch('/dist/news-quiz.standalone.js')).text(),
  };
}

/** Mounts the page and drafts a test article with the given headline, site and date. */
async function drafted(meta = { title: 'Grain corridor agreed', site: 'Harbour News', date: 'March 4, 2024' }, article = ARTICLE, context = keeper()) {
  localStorage.removeItem(STORAGE_KEY);
  const root = await pageBody();
  const page = mountAuthor(root, loadDrafter, context);
  type($(root, '#article-title'), meta.title);
  type($(root, '#article-site'), meta.site);
  type($(root, '#article-date'), meta.date);
  type($(root, '#article-text'), await (await fetch(article)).text());
  $<HTMLButtonElement>(root, '#draft').click();
  await waitUntil(() => root.querySelectorAll('#facts > li').length > 0, 'no draft shown', { timeout: 20000 });
  return { root, page, context };
}

/** The card of a fact. */
const card = (root: ParentNode, id: string): HTMLElement => $(root, `#fact-${id.replace(/[^A-Za-z0-9_-]/g, '_')}`);
/** The prompts of the questions listed on a fact's card. */
const listed = (root: ParentNode, id: string): string[] => [...card(root, id).querySelectorAll('.questions .prompt')].map((p) => p.textContent!.trim());

describe('authoring page', () => {
  guardPage(() => localStorage.removeItem(STORAGE_KEY));

  it('loads in a frame without the NLP, which arrives only when a draft is asked for', async () => {
    localStorage.removeItem(STORAGE_KEY);
    const frame = document.createElement('iframe');
    frame.style.width = '1280px';
    frame.style.height = '900px';
    frame.src = PAGE;
    document.body.append(frame);
    await waitUntil(() => frame.contentDocument?.documentElement?.dataset['ready'] === 'true', 'the page module did not finish', { timeout: 15000 });
    const win = frame.contentWindow as Window & typeof globalThis;
    const loaded = (): string[] => win.performance.getEntriesByType('resource').map((e) => e.name);
    expect(loaded().some((name) => name.includes('compromise'))).to.equal(false);
    expect(win.customElements.get('news-quiz')).to.exist;
    const doc = frame.contentDocument!;
    type(doc.getElementById('article-text') as HTMLTextAreaElement, await (await fetch(ARTICLE)).text());
    (doc.getElementById('draft') as HTMLButtonElement).click();
    await waitUntil(() => doc.querySelectorAll('#facts > li').length > 0, 'no draft in the frame', { timeout: 20000 });
    expect(loaded().some((name) => name.includes('/node_modules/compromise/'))).to.equal(true);
    frame.remove();
  });

  it('shows each fact beside its source sentence with its slots marked, and a valid bank that fills a 10-question preview', async () => {
    const { root, page } = await drafted();
    const { bank, problems } = page.current();
    expect(problems).to.deep.equal([]);
    expect(bank!.articles[0]).to.include({ title: 'Grain corridor agreed', site: 'Harbour News', date: '2024-03-04' });
    const notes = page.state().notes!;
    expect(root.querySelectorAll('#facts > li')).to.have.length(bank!.facts.length);
    for (const fact of bank!.facts) {
      const note = notes.facts[fact.id]!;
      const quote = card(root, fact.id).querySelector('.source-sentence')!;
      expect(quote.textContent!.replace(/ \(slot [\w-]+\)/g, '')).to.contain(note.source.slice(0, 40));
      const marks = [...quote.querySelectorAll('mark')].map((m) => [...m.childNodes].filter((n) => n.nodeType === Node.TEXT_NODE).map((n) => n.textContent).join(''));
      expect(marks).to.deep.equal([...note.marks].sort((a, b) => a.start - b.start).map((m) => note.source.slice(m.start, m.end)));
    }
    const names = [...root.querySelectorAll<HTMLInputElement>('#entities tbody td:nth-child(3) input')].map((i) => i.value);
    for (const name of ['Rui Almeida', 'Leila Bennani', 'Lisbon', 'European Union']) expect(names).to.include(name);
    expect(generate(bank!, { seed: 'any', count: 10 }).questions).to.have.length(10);
    expect($(root, '#check-summary').textContent).to.match(/^Ready: \d+ facts and \d+ names\.$/);
    for (const id of ['#download-page', '#download-gift', '#download-worksheet', '#download']) expect($<HTMLButtonElement>(root, id).disabled).to.equal(false);
    const preview = page.preview;
    await shows(preview, 'start');
    button(preview, /start/i).click();
    await shows(preview, 'question');
    await answer(preview, true);
    await submit(preview);
    expect(preview.attempt!.checks.filter(Boolean)).to.have.length(1);
    expect(preview.quiz!.questions).to.have.length(10);
  });

  it('says what the draft left out, with the reason, and flags what to check ("She" taken to be the person named before)', async () => {
    const { root, page } = await drafted({ title: 'Flood', site: '', date: '' }, FLOOD);
    const left = [...root.querySelectorAll('#left-list li')].map((li) => li.textContent!.replace(/\s+/g, ' ').trim());
    expect(left[0]).to.equal('Outside the body: the headline. River Flood Forces Evacuations Across Northern Province');
    expect(root.querySelector('#left-list li q')!.textContent).to.equal('River Flood Forces Evacuations Across Northern Province');
    expect($(root, '#left-out-summary').textContent).to.equal(`What the draft left out (${page.state().notes!.left.length})`);
    const flagged = Object.entries(page.state().notes!.facts).find(([, n]) => n.checks.length > 0)!;
    expect(card(root, flagged[0]).querySelector('.checks')!.textContent).to.contain('“She” is taken to be Maria Lindqvist');
    expect($(root, '#counts').textContent).to.match(/^Keeping \d+ of \d+ facts, from 6 of 6 paragraphs; \d+ of \d+ names; \d+ questions\.$/);
  });

  it('a question wording and a feedback typed on a card change the questions that fact makes, at once', async () => {
    const { root, page } = await drafted();
    const fact = page.current().bank!.facts.find((f) => f.text.startsWith('{person} said the corridor would move'))!;
    const slot = Object.keys(fact.slots).find((s) => 'number' in fact.slots[s]!)!;
    expect(listed(root, fact.id).some((p) => /how many tonnes/i.test(p))).to.equal(true);
    type($(root, `#ask-${fact.id}-${slot}`), 'How much wheat will the corridor move each month, in tonnes?');
    expect(listed(root, fact.id)).to.include('How much wheat will the corridor move each month, in tonnes?');
    expect(page.current().bank!.facts.find((f) => f.id === fact.id)!.ask![slot]).to.equal('How much wheat will the corridor move each month, in tonnes?');
    type($(root, `#feedback-${fact.id}`), 'Half a million tonnes: enough bread for a large city.');
    const questions = page.questions().get(fact.id)!;
    expect(questions.every((q) => q.explanation.includes('Half a million tonnes'))).to.equal(true);
    // An empty wording or feedback gives the generator's own back.
    type($(root, `#ask-${fact.id}-${slot}`), '');
    type($(root, `#feedback-${fact.id}`), '');
    const tidy = page.current().bank!.facts.find((f) => f.id === fact.id)!;
    expect(tidy.explanation).to.equal(undefined);
    expect(tidy.ask?.[slot]).to.equal(undefined);
    expect(page.current().problems).to.deep.equal([]);
  });

  it('removes a slot (its value stays as text) and gives a {name} typed in a statement a value', async () => {
    const { root, page } = await drafted();
    const fact = page.current().bank!.facts.find((f) => f.text.startsWith('{person} said the corridor would move'))!;
    const slot = Object.keys(fact.slots).find((s) => 'number' in fact.slots[s]!)!;
    const remove = [...card(root, fact.id).querySelectorAll('button')].find((b) => b.textContent!.includes(`Remove slot {${slot}}`))!;
    remove.click();
    let now = page.current().bank!.facts.find((f) => f.id === fact.id)!;
    expect(now.text).to.equal('{person} said the corridor would move 500000 tonnes of wheat each month once it is running.');
    expect(Object.keys(now.slots)).to.deep.equal(['person']);
    expect(page.current().problems).to.deep.equal([]);
    expect(listed(root, fact.id).some((p) => /how many/i.test(p))).to.equal(false);
    expect(document.activeElement).to.equal(card(root, fact.id).querySelector('textarea'));
    // The teacher writes a new slot into the statement and says it is a name.
    type($(root, `#statement-${fact.id}`), '{person} said the corridor would move 500000 tonnes of wheat each month from {port}.');
    expect(page.current().problems.length).to.be.greaterThan(0);
    expect(card(root, fact.id).querySelector('.slot-missing')!.textContent).to.contain('{port} has no value yet');
    [...card(root, fact.id).querySelectorAll<HTMLButtonElement>('.slot-missing button')].find((b) => b.textContent === 'It is a name')!.click();
    // Tangier, named once: a name the article names in a fifth of its facts (Sines) is one of its main actors, never asked.
    const tangier = page.current().bank!.entities.find((e) => e.label === 'Tangier')!;
    type($(root, `select[aria-label="Name of slot port in fact ${fact.id}"]`), tangier.id);
    now = page.current().bank!.facts.find((f) => f.id === fact.id)!;
    expect(now.slots['port']).to.deep.equal({ entity: tangier.id });
    expect(page.current().problems).to.deep.equal([]);
    expect(listed(root, fact.id).some((p) => /which place/i.test(p) || /from which/i.test(p))).to.equal(true);
  });

  it('adds a fact and a name: the new fact is named in the problems until it has a statement with a slot, then makes questions', async () => {
    const { root, page } = await drafted();
    const before = page.current().bank!.facts.length;
    $<HTMLButtonElement>(root, '#add-fact').click();
    const added = page.state().bank!.facts.at(-1)!;
    expect(page.state().bank!.facts).to.have.length(before + 1);
    expect(document.activeElement).to.equal($(root, `#statement-${added.id}`));
    expect(card(root, added.id).querySelector('.source-none')!.textContent).to.contain('Written on this page');
    expect([...root.querySelectorAll('#problems li')].some((li) => li.textContent!.startsWith(`Fact ${added.id} (paragraph 1)`))).to.equal(true);
    expect($<HTMLButtonElement>(root, '#download-page').disabled).to.equal(true);
    // A name the draft missed, then a fact about it.
    type($(root, '#new-entity-name'), 'Vasco da Gama Bridge');
    type($(root, '#new-entity-type'), 'place');
    $<HTMLFormElement>(root, '#add-entity').requestSubmit();
    const bridge = page.current().bank!.entities.find((e) => e.label === 'Vasco da Gama Bridge')!;
    expect(bridge.type).to.equal('place');
    type($(root, `#statement-${added.id}`), 'Trucks with grain will cross {bridge} into Lisbon.');
    [...card(root, added.id).querySelectorAll<HTMLButtonElement>('.slot-missing button')].find((b) => b.textContent === 'It is a name')!.click();
    type($(root, `select[aria-label="Name of slot bridge in fact ${added.id}"]`), bridge.id);
    type($(root, `#paragraph-${added.id}`), '3');
    expect(page.current().problems).to.deep.equal([]);
    expect(page.current().bank!.facts.find((f) => f.id === added.id)).to.include({ paragraph: 3, text: 'Trucks with grain will cross {bridge} into Lisbon.' });
    expect(listed(root, added.id).length).to.be.greaterThan(0);
  });

  it('dropping a name drops the facts that name it; ticking it again brings them back; a fact can be dropped alone', async () => {
    const { root, page } = await drafted();
    const before = page.current().bank!;
    const almeida = before.entities.find((e) => e.label === 'Rui Almeida')!;
    const naming = before.facts.filter((f) => Object.values(f.slots).some((s) => 'entity' in s && s.entity === almeida.id));
    expect(naming.length).to.be.greaterThan(0);
    $<HTMLInputElement>(root, `#entities input[aria-label="Keep Rui Almeida"]`).click();
    const after = page.current().bank!;
    expect(after.entities.map((e) => e.id)).to.not.include(almeida.id);
    expect(after.facts).to.have.length(before.facts.length - naming.length);
    expect(page.current().problems).to.deep.equal([]);
    expect(root.querySelectorAll('#facts > li.dropped')).to.have.length(naming.length);
    expect(root.querySelector('#facts > li.dropped')!.textContent).to.contain('Dropped with Rui Almeida');
    $<HTMLInputElement>(root, `#entities input[aria-label="Keep Rui Almeida"]`).click();
    expect(page.current().bank!.facts).to.have.length(before.facts.length);
    const first = before.facts[0]!;
    ($(card(root, first.id), '.keep input') as HTMLInputElement).click();
    expect(page.current().bank!.facts.map((f) => f.id)).to.not.include(first.id);
    expect(card(root, first.id).querySelector('.questions summary')!.textContent).to.equal('Dropped: it makes no question');
  });

  it('a broken edit is named where the teacher can find it, and blocks the downloads and the preview', async () => {
    const { root, page } = await drafted();
    const fact = page.current().bank!.facts.find((f) => f.text.startsWith('{person} is the Portuguese Foreign Minister'))!;
    const original = fact.text;
    const statement = $<HTMLTextAreaElement>(root, `#statement-${fact.id}`);
    type(statement, 'Someone is the Portuguese Foreign Minister.');
    const { problems, bank } = page.current();
    expect(problems.length).to.be.greaterThan(0);
    const shown = [...root.querySelectorAll('#problems li')].map((li) => li.textContent);
    expect(shown).to.deep.equal(problems.map((p) => describeProblem(bank!, p)));
    expect(shown.join(' ')).to.contain(`Fact ${fact.id} (paragraph ${fact.paragraph})`);
    for (const id of ['#download-page', '#download-gift', '#download-worksheet', '#download']) expect($<HTMLButtonElement>(root, id).disabled).to.equal(true);
    expect(page.preview.hidden).to.equal(true);
    expect($(root, '#preview-status').textContent).to.contain('problems listed under 4 are fixed');
    // The other facts still show their questions.
    const other = page.current().bank!.facts.find((f) => f.id !== fact.id && f.text.includes('{tonnes}'))!;
    expect(listed(root, other.id).length).to.be.greaterThan(0);
    type(statement, original);
    expect(page.current().problems).to.deep.equal([]);
    expect($<HTMLButtonElement>(root, '#download').disabled).to.equal(false);
  });

  it('a date that is not a date is said at the field and stops the downloads', async () => {
    const { root, page } = await drafted();
    type($(root, '#article-date'), 'last spring');
    expect($(root, '#date-problem').textContent).to.contain('Not a date');
    expect(page.current().problems.map((p) => p.path)).to.include('$.articles[0].date');
    expect($<HTMLButtonElement>(root, '#download-page').disabled).to.equal(true);
    type($(root, '#article-date'), '2024-03');
    expect(page.current().bank!.articles[0]!.date).to.equal('2024-03');
    expect(page.current().problems).to.deep.equal([]);
  });

  it('a text without a headline leaves the headline empty and asks for it before anything is downloaded (students would see "Untitled article")', async () => {
    localStorage.removeItem(STORAGE_KEY);
    const root = await pageBody();
    const page = mountAuthor(root, loadDrafter, keeper());
    const text = await (await fetch(ARTICLE)).text();
    type($(root, '#article-text'), text.slice(text.indexOf('\n\n') + 2));
    $<HTMLButtonElement>(root, '#draft').click();
    await waitUntil(() => root.querySelectorAll('#facts > li').length > 0, 'no draft shown', { timeout: 20000 });
    expect($<HTMLInputElement>(root, '#article-title').value).to.equal('');
    expect(page.current().problems.map((p) => p.path)).to.deep.equal(['$.articles[0].title']);
    expect($(root, '#problems').textContent).to.contain('The article has no headline: type it under 1');
    expect($<HTMLButtonElement>(root, '#download-page').disabled).to.equal(true);
    // Meanwhile each card still lists its questions.
    const first = page.current().bank!.facts.find((f) => f.text.startsWith('{person} said the corridor would move'))!;
    expect(listed(root, first.id).length).to.be.greaterThan(0);
    expect($(root, '#draft-status').textContent).to.contain('The text has no headline: type it under Headline.');
    type($(root, '#article-title'), 'Grain corridor agreed');
    expect(page.current().problems).to.deep.equal([]);
    expect(page.current().bank!.articles[0]!.title).to.equal('Grain corridor agreed');
    expect($<HTMLButtonElement>(root, '#download-page').disabled).to.equal(false);
  });

  it('downloads one quiz page with the bundle and the bank inline, which runs the quiz it was made with', async () => {
    const { root, page, context } = await drafted();
    type($(root, '#preview-seed'), 'class-7b');
    type($(root, '#preview-count'), '5');
    $<HTMLButtonElement>(root, '#download-page').click();
    await waitUntil(() => context.files.length === 1, 'no page saved', { timeout: 10000 });
    const [file] = context.files;
    expect(file!.name).to.equal('grain-corridor-agreed-class-7b.html');
    expect(file!.type).to.equal('text/html;charset=utf-8');
    expect(file!.text).to.not.match(/<script[^>]+src=|<link[^>]+href=/);
    expect($(root, '#download-status').textContent).to.contain('Saved grain-corridor-agreed-class-7b.html: a page of 5 questions');
    const frame = document.createElement('iframe');
    frame.style.width = '800px';
    frame.style.height = '900px';
    frame.srcdoc = file!.text;
    document.body.append(frame);
    await waitUntil(() => frame.contentDocument?.querySelector('news-quiz')?.shadowRoot?.querySelector('section'), 'the quiz page shows no quiz', { timeout: 15000 });
    const quiz = frame.contentDocument!.querySelector('news-quiz') as unknown as { quiz: { questions: { id: string }[] }; shadowRoot: ShadowRoot };
    const expected = generate(page.current().bank!, { seed: 'class-7b', count: 5 });
    expect(quiz.quiz.questions.map((q) => q.id)).to.deep.equal(expected.questions.map((q) => q.id));
    const start = [...quiz.shadowRoot.querySelectorAll('button')].find((b) => /start/i.test(b.textContent!))!;
    start.click();
    await waitUntil(() => quiz.shadowRoot.querySelector('section')?.getAttribute('part') === 'question', 'no question in the quiz page');
    frame.remove();
  });

  it('downloads GIFT for Moodle, the worksheet with its answer key, and the bank, from the same quiz', async () => {
    const { root, page, context } = await drafted();
    type($(root, '#preview-count'), '6');
    $<HTMLButtonElement>(root, '#download-gift').click();
    $<HTMLButtonElement>(root, '#download-worksheet').click();
    $<HTMLButtonElement>(root, '#download').click();
    await waitUntil(() => context.files.length === 3, 'not every file saved');
    const [gift, worksheet, json] = context.files;
    const quiz = generate(page.current().bank!, { seed: 'preview', count: 6 });
    expect(gift!.name).to.equal('grain-corridor-agreed-preview.gift');
    for (const q of quiz.questions) expect(gift!.text).to.contain(`::${q.id}::`);
    expect(worksheet!.name).to.equal('grain-corridor-agreed-preview-worksheet.html');
    expect(worksheet!.text).to.contain('Grain corridor agreed');
    expect(json!.name).to.equal('grain-corridor-agreed.json');
    const saved = JSON.parse(json!.text) as Bank;
    expect(validateBank(saved)).to.deep.equal([]);
    expect(saved).to.deep.equal(page.current().bank);
  });

  it('keeps everything typed across a reload: article, notes, edits, dropped facts, quiz settings', async () => {
    const { root, page } = await drafted();
    $<HTMLInputElement>(root, 'input[aria-label="Keep Leila Bennani"]').click();
    type($(root, 'input[aria-label="Name of Lisbon"]'), 'Lisboa');
    const fact = page.state().bank!.facts[1]!;
    type($(root, `#feedback-${fact.id}`), 'Our own feedback.');
    type($(root, '#preview-count'), '6');
    $<HTMLTextAreaElement>(root, '#article-text').dispatchEvent(new Event('input', { bubbles: true }));
    await waitUntil(() => localStorage.getItem(STORAGE_KEY)?.includes('Our own feedback'), 'not saved', { timeout: 2000 });
    const saved = page.state();
    root.remove();
    const again = await pageBody();
    const reloaded: AuthorPage = mountAuthor(again, loadDrafter, keeper());
    expect(reloaded.state()).to.deep.equal(JSON.parse(JSON.stringify(saved)));
    expect($<HTMLInputElement>(again, '#article-title').value).to.equal('Grain corridor agreed');
    expect($<HTMLInputElement>(again, 'input[aria-label="Name of Lisboa"]').value).to.equal('Lisboa');
    expect($<HTMLInputElement>(again, 'input[aria-label="Keep Leila Bennani"]').checked).to.equal(false);
    expect($<HTMLTextAreaElement>(again, `#feedback-${fact.id}`).value).to.equal('Our own feedback.');
    expect(again.querySelectorAll('.source-sentence mark').length).to.be.greaterThan(0);
    await shows(reloaded.preview, 'start');
    expect(reloaded.preview.quiz!.questions).to.have.length(6);
  });

  it('Start over while the drafting rules still load keeps the page empty (the late draft is dropped)', async () => {
    localStorage.removeItem(STORAGE_KEY);
    const root = await pageBody();
    let release: () => void = () => undefined;
    const held = new Promise<void>((resolve) => (release = resolve));
    const page = mountAuthor(root, async () => {
      await held;
      return loadDrafter();
    });
    type($(root, '#article-text'), await (await fetch(ARTICLE)).text());
    const drafting = page.draft();
    $<HTMLButtonElement>(root, '#start-over').click();
    release();
    await drafting;
    expect(page.state().bank).to.equal(null);
    expect(root.querySelectorAll('#facts > li')).to.have.length(0);
    expect($(root, '#draft-status').textContent).to.equal('Started over: the form and the review are empty.');
  });

  it(`refuses an article of more than ${MAX_ARTICLE_WORDS} words before loading the NLP`, async () => {
    localStorage.removeItem(STORAGE_KEY);
    const root = await pageBody();
    let loads = 0;
    const page = mountAuthor(root, async (): Promise<DraftFn> => {
      loads += 1;
      return loadDrafter();
    });
    type($(root, '#article-text'), Array.from({ length: MAX_ARTICLE_WORDS + 5 }, () => 'word').join(' '));
    await page.draft();
    expect(loads).to.equal(0);
    expect($(root, '#draft-status').textContent).to.equal('Cannot draft: The text has 50,005 words; a draft takes at most 50,000 (one article, not a collection): paste a single article.');
    expect(page.state().bank).to.equal(null);
  });

  it('says quietly when the browser keeps nothing, and still works', async () => {
    const original = Object.getOwnPropertyDescriptor(window, 'localStorage');
    Object.defineProperty(window, 'localStorage', {
      configurable: true,
      get() {
        throw new DOMException('storage is off', 'SecurityError');
      },
    });
    try {
      const root = await pageBody();
      const page = mountAuthor(root, loadDrafter, keeper());
      const note = $(root, '#storage-note');
      expect(note.hidden).to.equal(false);
      expect(note.textContent).to.contain('download the quiz before you leave');
      type($(root, '#article-text'), await (await fetch(ARTICLE)).text());
      await page.draft();
      expect(page.current().problems).to.deep.equal([]);
    } finally {
      if (original) Object.defineProperty(window, 'localStorage', original);
      else delete (window as { localStorage?: Storage }).localStorage;
    }
    expect(() => localStorage.getItem('x')).to.not.throw();
  });

  it('an empty article cannot be drafted, and the page says why', async () => {
    localStorage.removeItem(STORAGE_KEY);
    const root = await pageBody();
    const page = mountAuthor(root);
    await page.draft();
    expect($(root, '#draft-status').textContent).to.equal('Cannot draft: The article text is empty: paste the text of the article.');
    expect(page.current().bank).to.equal(null);
    expect($<HTMLButtonElement>(root, '#download-page').disabled).to.equal(true);
  });

  it('passes an accessibility audit (axe) with the draft on screen', async () => {
    const { root } = await drafted();
    root.querySelectorAll('details').forEach((d) => ((d as HTMLDetailsElement).open = true));
    await expect(root).to.be.accessible();
  });
});

describe('authoring state and files', () => {
  it('restores only what it can read; a damaged save gives the empty page', () => {
    expect(restoreState(null)).to.deep.equal(emptyState());
    expect(restoreState({ version: 2, text: 'x' })).to.deep.equal(emptyState());
    const partial = restoreState({ version: 1, text: 'kept', meta: { title: 7 }, bank: { entities: 'no' }, notes: { facts: {}, left: [] }, preview: { count: 99 } });
    expect(partial.text).to.equal('kept');
    expect(partial.meta.title).to.equal('');
    expect(partial.bank).to.equal(null);
    expect(partial.notes).to.equal(null);
    expect(partial.preview).to.deep.equal({ seed: 'preview', count: 10, same: true });
  });

  it('the final bank takes the typed headline, site and date, and only the types its entities need', async () => {
    const draftArticle = await loadDrafter();
    const state = emptyState();
    state.text = await (await fetch(ARTICLE)).text();
    ({ bank: state.bank, notes: state.notes } = draftArticle(state.text, {}));
    state.meta = { title: 'Ports and grain', site: '', date: '2024-07-01' };
    const bank = finalBank(state, parseDate)!;
    expect(bank.id).to.equal('ports-and-grain');
    expect(bank.articles[0]).to.include({ title: 'Ports and grain', site: null, date: '2024-07-01' });
    const used = new Set(bank.entities.map((e) => e.type));
    for (const t of bank.types) expect(used.has(t.id) || bank.types.some((c) => c.parent === t.id)).to.equal(true);
    expect(validateBank(bank)).to.deep.equal([]);
  });

  it('removing a slot writes its value into the statement and the other wordings, with "the" where the name takes it', () => {
    const bank = {
      entities: [{ id: 'us', type: 'country', label: 'United States', definite: true }],
      facts: [],
    } as unknown as Bank;
    const fact = {
      id: 'f',
      relation: 'f',
      article: 'a',
      paragraph: 1,
      text: '{country} sent {guests} guests and {planes}.',
      slots: { country: { entity: 'us' }, guests: { number: 500, unit: 'guests', label: 'g', qualifier: 'about' as const }, planes: { number: 1, unit: 'planes', unitSingular: 'plane', label: 'p' } },
      ask: { guests: '{country} sent how many guests?', country: 'Which country sent {guests} guests?' },
    };
    removeSlot(bank, fact, 'country');
    expect(fact.text).to.equal('The United States sent {guests} guests and {planes}.');
    expect(fact.ask).to.deep.equal({ guests: 'The United States sent how many guests?' });
    removeSlot(bank, fact, 'guests');
    removeSlot(bank, fact, 'planes');
    expect(fact.text).to.equal('The United States sent about 500 guests and 1 plane.');
    expect(fact.slots).to.deep.equal({});
    expect(fact.ask).to.equal(undefined);
  });

  it('the quiz page keeps a bank text like "</script>" and a bundle with "</script" inside their scripts', () => {
    const bank = { id: 'x', title: 'Quiz: <b>x</b>', language: 'en', articles: [{ id: 'a', title: 'T', site: null, date: null }], facts: [{ text: '</script><script>alert(1)</script>' }] } as unknown as Bank;
    const page = quizPage(bank, 'const s = "</script>"; export {};', { seed: 'a"b', count: 3 });
    const doc = new DOMParser().parseFromString(page, 'text/html');
    expect(doc.querySelectorAll('script')).to.have.length(2);
    expect(JSON.parse(doc.querySelector('news-quiz > script')!.textContent!)).to.deep.equal(bank);
    expect(doc.querySelector('news-quiz')!.getAttribute('seed')).to.equal('a"b');
    expect(doc.querySelector('title')!.textContent).to.equal('Quiz: <b>x</b>');
    expect(scriptJson('<')).to.equal('"\\u003c"');
    expect(inlineScript('"</SCRIPT>"')).to.equal('"<\\/SCRIPT>"');
  });
});
