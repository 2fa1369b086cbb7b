// The self-check page (demo/index.html): loads in a frame with its module run to the end; mounted here it
// applies the address's settings, its share link reproduces the quiz, the teacher's kit prints the
// worksheet and saves GIFT text a real GIFT parser reads, and the event log shows the element's events.
import { expect, waitUntil } from '@open-wc/testing';
import type { Bank } from '../../src/domain/bank.js';
import type { Quiz } from '../../src/domain/question.js';
import { resultsToCsv } from '../../src/export/results.js';
import type { NewsQuiz } from '../../src/element/news-quiz.js';
import { mountSelfCheck, type PageContext } from '../../demo/index.js';
import { quizFor, readSettings, settingsToSearch, shareUrl } from '../../demo/settings.js';
import { answer, button, once, shows, submit, uniqueId } from '../element/helpers.js';
import { guardPage } from './page-guard.js';

const PAGE = '/demo/index.html';
const BANK = '/questions/russia-ukraine-2024.json';

/** A context that records what the page saves, prints and writes to the address. */
function recordingContext(href: string) {
  const url = new URL(href, location.origin);
  const record = { replaced: [] as string[], saved: [] as { name: string; text: string; type: string }[], printed: [] as string[] };
  const context: PageContext = {
    location: { href: url.href, search: url.search },
    replace: (to) => record.replaced.push(to),
    save: (name, text, type) => record.saved.push({ name, text, type }),
    print: (html) => record.printed.push(html),
  };
  return { context, record };
}

let body: string | null = null;
/** The page's body, fetched and parsed as the browser would, placed in a fresh container. */
async function pageBody(): Promise<HTMLElement> {
  body ??= new DOMParser().parseFromString(await (await fetch(PAGE)).text(), 'text/html').body.innerHTML;
  const container = document.createElement('div');
  container.innerHTML = body;
  // Saved attempts are keyed by the element's id; a fresh one per mount keeps tests apart.
  container.querySelector('news-quiz')!.id = uniqueId('self-check');
  document.body.append(container);
  return container;
}

/** Mounts the page at an address and waits until its quiz is ready. */
async function mount(href: string, screen = 'start') {
  const root = await pageBody();
  const { context, record } = recordingContext(href);
  const page = mountSelfCheck(root, context);
  await shows(page.quiz, screen, 10000);
  return { root, page, record, quiz: page.quiz };
}

const ids = (quiz: Quiz | null): string[] => quiz!.questions.map((q) => `${q.id}|${q.prompt}`);

let giftParse: ((text: string) => unknown[]) | null = null;
/** gift-pegjs, the real GIFT parser (CommonJS), evaluated from its file. */
async function parseGift(text: string): Promise<unknown[]> {
  if (!giftParse) {
    const source = await (await fetch('/node_modules/gift-pegjs/pegjs-gift.js')).text();
    const module = { exports: {} as { parse: (text: string) => unknown[] } };
    new Function('module', 'exports', source)(module, module.exports);
    giftParse = module.exports.parse;
  }
  return giftParse(text);
}

describe('self-check page', () => {
  guardPage();

  it('loads in a frame from the dev server: module runs to the end, settings from the address reach the element, styles apply', async () => {
    const frame = document.createElement('iframe');
    frame.style.width = '1280px';
    frame.style.height = '900px';
    frame.src = `${PAGE}?seed=frame-check&count=4&mode=test&kinds=choice,truefalse`;
    document.body.append(frame);
    await waitUntil(() => frame.contentDocument?.documentElement?.dataset['ready'] === 'true', 'the page module did not finish', { timeout: 15000 });
    const doc = frame.contentDocument!;
    const win = frame.contentWindow as Window & typeof globalThis;
    const quiz = doc.querySelector('news-quiz') as NewsQuiz;
    expect(win.customElements.get('news-quiz')).to.exist;
    expect([quiz.seed, quiz.count, quiz.mode, quiz.kinds]).to.deep.equal(['frame-check', 4, 'test', ['truefalse', 'choice']]);
    await waitUntil(() => quiz.quiz !== null, 'the quiz in the frame never loaded', { timeout: 10000 });
    expect(quiz.quiz!.questions).to.have.length(4);
    expect((doc.getElementById('share-link') as HTMLInputElement).value).to.contain('seed=frame-check');
    expect(win.getComputedStyle(doc.body).margin).to.equal('0px');
    expect(doc.querySelectorAll('.briefings article')).to.have.length(2);
    frame.remove();
  });

  it('briefs both articles with source and date as the bank gives them, in the words of the page', async () => {
    const root = await pageBody();
    const bank = (await (await fetch(BANK)).json()) as Bank;
    for (const article of bank.articles) {
      const card = root.querySelector(`[data-article="${article.id}"]`)!;
      expect(card.querySelector('h3')!.textContent).to.equal(article.title);
      const source = card.querySelector('.source')!.textContent!;
      expect(source).to.contain(article.site ?? 'not named');
      if (article.date) expect(card.querySelector('time')!.getAttribute('datetime')).to.equal(article.date);
      else expect(source).to.contain('none given');
    }
  });

  it('applies the address: seed, count, mode, kinds, difficulty, articles on the element and in the form', async () => {
    const { root, quiz } = await mount(`${PAGE}?seed=abc&count=6&mode=test&articles=arms-talks&difficulty=2`);
    expect([quiz.seed, quiz.count, quiz.mode, quiz.articles, quiz.difficulty]).to.deep.equal(['abc', 6, 'test', ['arms-talks'], 2]);
    expect((root.querySelector('#seed') as HTMLInputElement).value).to.equal('abc');
    expect((root.querySelector('#count') as HTMLInputElement).value).to.equal('6');
    expect((root.querySelector('input[name="mode"][value="test"]') as HTMLInputElement).checked).to.equal(true);
    expect((root.querySelector('input[name="articles"][value="arms-talks"]') as HTMLInputElement).checked).to.equal(true);
    expect((root.querySelector('details.more') as HTMLDetailsElement).open).to.equal(true);
    expect(quiz.quiz!.questions.every((q) => q.article === 'arms-talks' && q.difficulty === 2)).to.equal(true);
  });

  it('without a seed in the address picks one, writes it to the address and the share link', async () => {
    const { root, record, quiz } = await mount(PAGE);
    expect(quiz.seed).to.match(/^[a-z2-9]{6}$/);
    expect(record.replaced.at(-1)).to.equal(`?seed=${quiz.seed}&count=10&mode=practice`);
    expect((root.querySelector('#share-link') as HTMLInputElement).value).to.equal(
      new URL(`${PAGE}?seed=${quiz.seed}&count=10&mode=practice`, location.origin).href,
    );
  });

  it('the share link gives the same quiz; another seed gives another one', async () => {
    const first = await mount(`${PAGE}?seed=class-7b&count=8`);
    const link = (first.root.querySelector('#share-link') as HTMLInputElement).value;
    const second = await mount(link);
    expect(ids(second.quiz.quiz)).to.deep.equal(ids(first.quiz.quiz));
    const other = await mount(`${PAGE}?seed=class-7c&count=8`);
    expect(ids(other.quiz.quiz)).to.not.deep.equal(ids(first.quiz.quiz));
  });

  it('editing the form updates element, address and share link; New code makes a new quiz', async () => {
    const { root, record, quiz } = await mount(`${PAGE}?seed=before&count=5`);
    const seed = root.querySelector('#seed') as HTMLInputElement;
    seed.value = 'after';
    seed.dispatchEvent(new Event('change', { bubbles: true }));
    (root.querySelector('input[name="mode"][value="test"]') as HTMLInputElement).click();
    await quiz.updateComplete;
    expect([quiz.seed, quiz.mode]).to.deep.equal(['after', 'test']);
    expect(record.replaced.at(-1)).to.equal('?seed=after&count=5&mode=test');
    expect((root.querySelector('#share-link') as HTMLInputElement).value).to.contain('seed=after&count=5&mode=test');
    const before = ids(quiz.quiz);
    (root.querySelector('#new-seed') as HTMLButtonElement).click();
    await quiz.updateComplete;
    expect(quiz.seed).to.not.equal('after');
    expect(seed.value).to.equal(quiz.seed);
    expect(ids(quiz.quiz)).to.not.deep.equal(before);
  });

  it('the kit makes the very quiz the element asks: worksheet printed with questions then the answer key on its own page', async () => {
    const { root, page, record, quiz } = await mount(`${PAGE}?seed=kit&count=7`);
    const bank = await page.bank;
    expect(ids(quizFor(bank, page.settings()))).to.deep.equal(ids(quiz.quiz));
    (root.querySelector('#print-worksheet') as HTMLButtonElement).click();
    await waitUntil(() => record.printed.length === 1, 'nothing printed');
    const sheet = new DOMParser().parseFromString(record.printed[0]!, 'text/html');
    const text = sheet.body.textContent!.replace(/\s+/g, ' ');
    const [questions, key] = text.split('Answer key');
    expect(key, 'an answer key after the questions').to.be.a('string');
    for (const q of quiz.quiz!.questions) {
      const words = q.kind === 'cloze' ? q.before.trim() : q.prompt;
      expect(questions).to.contain(words.replace(/\s+/g, ' ').slice(0, 40));
      if (q.kind === 'match') for (const item of q.left) expect(key).to.contain(item);
      else if (q.kind === 'order') for (const item of q.items) expect(key).to.contain(item);
      else expect(key).to.contain(q.answerText);
    }
    expect(record.printed[0]).to.match(/break-before:\s*page/);
    expect(root.querySelector('#kit-status')!.textContent).to.contain('printer');
  });

  it('Export to Moodle saves a .gift file that gift-pegjs parses into one question per quiz question', async () => {
    const { root, record, quiz } = await mount(`${PAGE}?seed=gift&count=9`);
    (root.querySelector('#download-gift') as HTMLButtonElement).click();
    await waitUntil(() => record.saved.length === 1, 'nothing saved');
    const [file] = record.saved;
    expect(file!.name).to.equal('russia-ukraine-2024-gift.gift');
    expect(file!.type).to.contain('text/plain');
    const parsed = (await parseGift(file!.text)) as { type: string; title?: string | null }[];
    const questions = parsed.filter((item) => item.type !== 'Category');
    expect(questions.map((item) => item.title)).to.deep.equal(quiz.quiz!.questions.map((q) => q.id));
    expect(root.querySelector('#kit-status')!.textContent).to.contain('russia-ukraine-2024-gift.gift');
  });

  it('a count the bank cannot fill: the quiz has as many questions as it can make, and the kit exports that very quiz', async () => {
    const { root, record, quiz } = await mount(`${PAGE}?seed=big&count=40&kinds=match`);
    const made = quiz.quiz!.questions.length;
    expect(made).to.be.within(1, 39);
    expect(quiz.shadowRoot!.querySelector('[part="start"]')!.textContent).to.contain(`This bank can make ${made} questions with these settings, not the 40 asked for.`);
    (root.querySelector('#download-gift') as HTMLButtonElement).click();
    await waitUntil(() => record.saved.length === 1, 'nothing saved');
    const parsed = (await parseGift(record.saved[0]!.text)).filter((q) => (q as { type: string }).type !== 'Category' && (q as { type: string }).type !== 'Description');
    expect(parsed.map((q) => (q as { title: string }).title)).to.deep.equal(quiz.quiz!.questions.map((q) => q.id));
  });

  it('logs start, answer and complete as they fire; the completed result gives a CSV row per question', async () => {
    const { root, quiz } = await mount(`${PAGE}?seed=events&count=3&mode=test`);
    const log = root.querySelector('#event-log')!;
    expect(log.children).to.have.length(0);
    expect((root.querySelector('#event-empty') as HTMLElement).hidden).to.equal(false);
    button(quiz, /start/i).click();
    await shows(quiz, 'question');
    const complete = once(quiz, 'news-quiz-complete');
    for (let i = 0; i < 3; i += 1) {
      await answer(quiz, i !== 1);
      await submit(quiz);
    }
    const done = await complete;
    const names = [...log.querySelectorAll('li code')].map((c) => c.textContent).reverse();
    expect(names).to.deep.equal(['news-quiz-start', 'news-quiz-answer', 'news-quiz-answer', 'news-quiz-answer', 'news-quiz-complete']);
    expect(log.querySelector('li')!.textContent).to.contain(`${done.score} of ${done.max}`);
    expect((root.querySelector('#event-empty') as HTMLElement).hidden).to.equal(true);
    const fields = JSON.parse(log.querySelector('li:last-child pre')!.textContent!);
    expect(fields.seed).to.equal('events');
    expect(fields.questions).to.deep.equal(quiz.quiz!.questions.map((q) => q.id));
    const csv = resultsToCsv(done.result).trim().split(/\r?\n/);
    expect(csv).to.have.length(4);
    expect(csv[0]).to.contain('question');
    const clear = root.querySelector('#clear-events') as HTMLButtonElement;
    expect(clear.hidden).to.equal(false);
    clear.click();
    expect(log.children).to.have.length(0);
    expect([clear.hidden, (root.querySelector('#event-empty') as HTMLElement).hidden]).to.deep.equal([true, false]);
  });

  it('after the element\'s New quiz, the share link, seed box and kit give the quiz on screen', async () => {
    const { root, page, record, quiz } = await mount(`${PAGE}?seed=old-code&count=2&mode=test`);
    button(quiz, /start/i).click();
    await shows(quiz, 'question');
    for (let i = 0; i < 2; i += 1) {
      await answer(quiz, true);
      await submit(quiz);
    }
    await shows(quiz, 'results');
    const started = once(quiz, 'news-quiz-start');
    button(quiz, /new quiz/i).click();
    const { seed } = await started;
    expect(seed).to.not.equal('old-code');
    expect((root.querySelector('#seed') as HTMLInputElement).value).to.equal(seed);
    const link = (root.querySelector('#share-link') as HTMLInputElement).value;
    expect(link).to.contain(`seed=${seed}`);
    const shared = await mount(link);
    expect(ids(shared.quiz.quiz)).to.deep.equal(ids(quiz.quiz));
    (root.querySelector('#print-worksheet') as HTMLButtonElement).click();
    await waitUntil(() => record.printed.length === 1, 'nothing printed');
    const printed = new DOMParser().parseFromString(record.printed[0]!, 'text/html').body.textContent!.replace(/\s+/g, ' ');
    for (const q of quiz.quiz!.questions) expect(printed).to.contain((q.kind === 'cloze' ? q.before.trim() : q.prompt).replace(/\s+/g, ' ').slice(0, 40));
    expect(page.settings().seed).to.equal('old-code');
  });

  it('passes an accessibility audit (axe) with the quiz on its start screen', async () => {
    const { root } = await mount(`${PAGE}?seed=axe&count=5`);
    await expect(root).to.be.accessible();
  });
});

describe('self-check settings in the address', () => {
  it('reads back what it writes, drops nonsense, and never lets a count outside 1 to 40 through', () => {
    const settings = { seed: 'x y&z', count: 12, mode: 'test' as const, kinds: ['choice' as const, 'text' as const], difficulty: 3 as const, articles: ['offensive'] };
    expect(readSettings(`?${settingsToSearch(settings)}`, () => 'new')).to.deep.equal(settings);
    expect(readSettings('?count=400&mode=exam&kinds=essay&difficulty=7&articles=Bad!', () => 'new')).to.deep.equal({ seed: 'new', count: 10, mode: 'practice' });
    expect(readSettings('?seed=%20%20&count=0', () => 'fresh')).to.deep.equal({ seed: 'fresh', count: 10, mode: 'practice' });
    expect(shareUrl('http://example.org/demo/?old=1#top', { seed: 's', count: 5, mode: 'practice' })).to.equal('http://example.org/demo/?seed=s&count=5&mode=practice');
  });
});
