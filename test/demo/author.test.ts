// The authoring page (demo/author.html): drafts a bank from a test article with the NLP loaded only
// there and only on demand, lets the teacher keep, drop and fix entities and facts, validates before
// any download, previews a playable quiz through the element's `bank` property, and keeps every
// keystroke across a reload.
import { expect, waitUntil } from '@open-wc/testing';
import type { Bank } from '../../src/domain/bank.js';
import { generate } from '../../src/domain/generate.js';
import { validateBank } from '../../src/domain/validate.js';
import { STORAGE_KEY, loadDrafter, mountAuthor, type AuthorPage } from '../../demo/author.js';
import { describeProblem, emptyState, finalBank, restoreState } from '../../demo/author-state.js';
import { parseDate } from '../../src/authoring/paragraphs.js';
import { answer, button, shows, submit } from '../element/helpers.js';
import { guardPage } from './page-guard.js';

const PAGE = '/demo/author.html';
const ARTICLE = '/test/fixtures/draft/summit.txt';

let body: string | null = null;
async function pageBody(): Promise<HTMLElement> {
  body ??= new DOMParser().parseFromString(await (await fetch(PAGE)).text(), 'text/html').body.innerHTML;
  const container = document.createElement('div');
  container.innerHTML = body;
  document.body.append(container);
  return container;
}

const $ = <T extends HTMLElement>(root: ParentNode, selector: string): T => root.querySelector<T>(selector)!;

/** Types into a field as a person would: value, then input and change events. */
function type(field: HTMLInputElement | HTMLTextAreaElement | HTMLSelectElement, value: string): void {
  field.value = value;
  field.dispatchEvent(new Event('input', { bubbles: true }));
  field.dispatchEvent(new Event('change', { bubbles: true }));
}

/** Mounts the page and drafts the test article with the given headline, site and date. */
async function drafted(meta = { title: 'Grain corridor agreed', site: 'Harbour News', date: 'March 4, 2024' }) {
  localStorage.removeItem(STORAGE_KEY);
  const root = await pageBody();
  const page = mountAuthor(root);
  type($(root, '#article-title'), meta.title);
  type($(root, '#article-site'), meta.site);
  type($(root, '#article-date'), meta.date);
  type($(root, '#article-text'), await (await fetch(ARTICLE)).text());
  $<HTMLButtonElement>(root, '#draft').click();
  await waitUntil(() => root.querySelectorAll('#entities tbody tr').length > 0, 'no draft shown', { timeout: 15000 });
  return { root, page };
}


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
    await waitUntil(() => doc.querySelectorAll('#entities tbody tr').length > 0, 'no draft in the frame', { timeout: 15000 });
    expect(loaded().some((name) => name.includes('/node_modules/compromise/'))).to.equal(true);
    frame.remove();
  });

  it('drafts the article into tables of entities and facts, a valid bank, and a playable preview of 10 questions', async () => {
    const { root, page } = await drafted();
    const { bank, problems } = page.current();
    expect(problems).to.deep.equal([]);
    expect(bank!.articles[0]).to.include({ title: 'Grain corridor agreed', site: 'Harbour News', date: '2024-03-04' });
    expect(root.querySelectorAll('#entities tbody tr')).to.have.length(bank!.entities.length);
    expect(root.querySelectorAll('#facts tbody tr')).to.have.length(bank!.facts.length);
    const names = [...root.querySelectorAll<HTMLInputElement>('#entities tbody td:nth-child(3) input')].map((i) => i.value);
    for (const name of ['Rui Almeida', 'Leila Bennani', 'Lisbon', 'European Union']) expect(names).to.include(name);
    expect(generate(bank!, { seed: 'any', count: 12 }).questions).to.have.length(12);
    expect($(root, '#check-summary').textContent).to.contain('The bank is valid');
    expect($<HTMLButtonElement>(root, '#download').disabled).to.equal(false);
    const preview = page.preview;
    expect(preview.hidden).to.equal(false);
    expect(preview.bank).to.deep.equal(bank);
    await shows(preview, 'start');
    button(preview, /start/i).click();
    await shows(preview, 'question');
    await answer(preview, true);
    await submit(preview);
    expect(preview.attempt!.checks.filter(Boolean)).to.have.length(1);
    expect(preview.quiz!.questions).to.have.length(10);
  });

  it('counts one paragraph as one paragraph', async () => {
    localStorage.removeItem(STORAGE_KEY);
    const root = await pageBody();
    mountAuthor(root);
    type($(root, '#article-title'), 'Wildfires near the coast');
    type(
      $(root, '#article-text'),
      'Regional president Juan Moreno said that about 3,000 residents of Malaga had been moved to shelters in Marbella overnight, and that four planes from Portugal would arrive on Wednesday.',
    );
    $<HTMLButtonElement>(root, '#draft').click();
    await waitUntil(() => root.querySelectorAll('#entities tbody tr').length > 0, 'no draft shown', { timeout: 15000 });
    expect($(root, '#counts').textContent).to.match(/, from 1 paragraph\.$/);
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
    expect(root.querySelectorAll('#entities tbody tr')).to.have.length(0);
    expect($(root, '#draft-status').textContent).to.equal('Started over: the form and the tables are empty.');
  });

  it('dropping an entity drops the facts that name it; ticking it again brings them back', async () => {
    const { root, page } = await drafted();
    const before = page.current().bank!;
    const almeida = before.entities.find((e) => e.label === 'Rui Almeida')!;
    const naming = before.facts.filter((f) => Object.values(f.slots).some((s) => 'entity' in s && s.entity === almeida.id));
    expect(naming.length).to.be.greaterThan(0);
    const keep = $<HTMLInputElement>(root, `#entities input[aria-label="Keep Rui Almeida"]`);
    keep.click();
    const after = page.current().bank!;
    expect(after.entities.map((e) => e.id)).to.not.include(almeida.id);
    expect(after.facts.map((f) => f.id)).to.not.include.members(naming.map((f) => f.id));
    expect(after.facts).to.have.length(before.facts.length - naming.length);
    expect(page.current().problems).to.deep.equal([]);
    expect(root.querySelectorAll('#facts tbody tr.dropped')).to.have.length(naming.length);
    expect(root.querySelector('#facts tbody tr.dropped')!.textContent).to.contain('Dropped with Rui Almeida');
    $<HTMLInputElement>(root, `#entities input[aria-label="Keep Rui Almeida"]`).click();
    expect(page.current().bank!.facts).to.have.length(before.facts.length);
  });

  it('fixes a figure, its qualifier and an entity name and type; the bank and the preview follow', async () => {
    const { root, page } = await drafted();
    const fact = page.current().bank!.facts.find((f) => Object.values(f.slots).some((s) => 'number' in s && s.number === 500000))!;
    const slot = Object.keys(fact.slots).find((name) => 'number' in fact.slots[name]!)!;
    type($(root, `input[aria-label="Number of slot ${slot} in fact ${fact.id}"]`), '400000');
    type($(root, `select[aria-label="Qualifier of slot ${slot} in fact ${fact.id}"]`), 'about');
    type($(root, 'input[aria-label="Name of Lisbon"]'), 'Lisboa');
    type($(root, 'select[aria-label="Type of Lisboa"]'), 'region');
    const bank = page.current().bank!;
    expect(bank.facts.find((f) => f.id === fact.id)!.slots[slot]).to.include({ number: 400000, qualifier: 'about' });
    const lisbon = bank.entities.find((e) => e.label === 'Lisboa')!;
    expect(lisbon.type).to.equal('region');
    expect(bank.types.map((t) => t.id)).to.include.members(['region', 'place']);
    expect(page.current().problems).to.deep.equal([]);
    expect(page.preview.bank).to.deep.equal(bank);
  });

  it('a broken edit is named where the teacher can find it, and blocks the download and the preview', async () => {
    const { root, page } = await drafted();
    const fact = page.current().bank!.facts.find((f) => f.text.startsWith('{person} is the Portuguese Foreign Minister'))!;
    const original = fact.text;
    const statement = $<HTMLTextAreaElement>(root, `textarea[aria-label="Statement of fact ${fact.id}"]`);
    type(statement, 'Someone is the Portuguese Foreign Minister.');
    const { problems, bank } = page.current();
    expect(problems.length).to.be.greaterThan(0);
    const shown = [...root.querySelectorAll('#problems li')].map((li) => li.textContent);
    expect(shown).to.deep.equal(problems.map((p) => describeProblem(bank!, p)));
    expect(shown.join(' ')).to.contain(`Fact ${fact.id} (paragraph ${fact.paragraph})`);
    expect(shown.join(' ')).to.contain('person');
    expect($<HTMLButtonElement>(root, '#download').disabled).to.equal(true);
    expect(page.preview.hidden).to.equal(true);
    expect($(root, '#preview-status').textContent).to.contain('problems below are fixed');
    type(statement, original);
    expect(page.current().problems).to.deep.equal([]);
    expect($<HTMLButtonElement>(root, '#download').disabled).to.equal(false);
  });

  it('a date that is not a date is said at the field and stops the download', async () => {
    const { root, page } = await drafted();
    type($(root, '#article-date'), 'last spring');
    expect($(root, '#date-problem').textContent).to.contain('Not a date');
    expect(page.current().problems.map((p) => p.path)).to.include('$.articles[0].date');
    expect($<HTMLButtonElement>(root, '#download').disabled).to.equal(true);
    type($(root, '#article-date'), '2024-03');
    expect(page.current().bank!.articles[0]!.date).to.equal('2024-03');
    expect(page.current().problems).to.deep.equal([]);
  });

  it('downloads the validated bank as JSON named after its id', async () => {
    const { root, page } = await drafted();
    const blobs: Blob[] = [];
    const create = URL.createObjectURL;
    URL.createObjectURL = (blob: Blob | MediaSource) => {
      blobs.push(blob as Blob);
      return create.call(URL, blob);
    };
    let name = '';
    const listener = (e: Event) => {
      const a = e.target as HTMLAnchorElement;
      if (a.download) {
        name = a.download;
        e.preventDefault();
      }
    };
    document.addEventListener('click', listener, true);
    try {
      $<HTMLButtonElement>(root, '#download').click();
    } finally {
      URL.createObjectURL = create;
      document.removeEventListener('click', listener, true);
    }
    expect(name).to.equal('grain-corridor-agreed.json');
    const saved = JSON.parse(await blobs[0]!.text()) as Bank;
    expect(validateBank(saved)).to.deep.equal([]);
    expect(saved).to.deep.equal(page.current().bank);
  });

  it('keeps everything typed across a reload: article, edits, dropped rows, preview settings', async () => {
    const { root, page } = await drafted();
    $<HTMLInputElement>(root, 'input[aria-label="Keep Leila Bennani"]').click();
    type($(root, 'input[aria-label="Name of Lisbon"]'), 'Lisboa');
    type($(root, '#article-summary'), 'Two countries agree to ship grain faster; our own summary.');
    type($(root, '#preview-count'), '6');
    $<HTMLInputElement>(root, '#article-text').dispatchEvent(new Event('input', { bubbles: true }));
    await waitUntil(() => localStorage.getItem(STORAGE_KEY)?.includes('our own summary'), 'not saved', { timeout: 2000 });
    const saved = page.state();
    root.remove();
    const again = await pageBody();
    const reloaded: AuthorPage = mountAuthor(again);
    expect(reloaded.state()).to.deep.equal(JSON.parse(JSON.stringify(saved)));
    expect($<HTMLInputElement>(again, '#article-title').value).to.equal('Grain corridor agreed');
    expect($<HTMLTextAreaElement>(again, '#article-text').value).to.contain('Lisbon');
    expect($<HTMLInputElement>(again, 'input[aria-label="Name of Lisboa"]').value).to.equal('Lisboa');
    expect($<HTMLInputElement>(again, 'input[aria-label="Keep Leila Bennani"]').checked).to.equal(false);
    expect($<HTMLTextAreaElement>(again, '#article-summary').value).to.contain('our own summary');
    expect(reloaded.current().bank!.articles[0]!.summary).to.contain('our own summary');
    await shows(reloaded.preview, 'start');
    expect(reloaded.preview.quiz!.questions).to.have.length(6);
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
      const page = mountAuthor(root);
      const note = $(root, '#storage-note');
      expect(note.hidden).to.equal(false);
      expect(note.textContent).to.contain('download the bank before you leave');
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
    expect($<HTMLButtonElement>(root, '#download').disabled).to.equal(true);
  });

  it('passes an accessibility audit (axe) with the draft in its tables', async () => {
    const { root } = await drafted();
    await expect(root).to.be.accessible();
  });
});

describe('authoring state', () => {
  it('restores only what it can read; a damaged save gives the empty page', () => {
    expect(restoreState(null)).to.deep.equal(emptyState());
    expect(restoreState({ version: 2, text: 'x' })).to.deep.equal(emptyState());
    const partial = restoreState({ version: 1, text: 'kept', meta: { title: 7 }, bank: { entities: 'no' }, preview: { count: 99 } });
    expect(partial.text).to.equal('kept');
    expect(partial.meta.title).to.equal('');
    expect(partial.bank).to.equal(null);
    expect(partial.preview.count).to.equal(10);
  });

  it('the final bank takes the typed headline, site and date, and only the types its entities need', async () => {
    const draftBank = await loadDrafter();
    const state = emptyState();
    state.text = await (await fetch(ARTICLE)).text();
    state.bank = draftBank(state.text, {});
    state.meta = { title: 'Ports and grain', site: '', date: '2024-07-01' };
    const bank = finalBank(state, parseDate)!;
    expect(bank.id).to.equal('ports-and-grain');
    expect(bank.articles[0]).to.include({ title: 'Ports and grain', site: null, date: '2024-07-01' });
    const used = new Set(bank.entities.map((e) => e.type));
    for (const t of bank.types) expect(used.has(t.id) || bank.types.some((c) => c.parent === t.id)).to.equal(true);
    expect(validateBank(bank)).to.deep.equal([]);
  });
});
