// The self-check page (demo/index.html), for readers: loads in a frame with its module run to the end;
// mounted here it applies the address's settings, its share link reproduces the quiz, it shows no
// answer before it is given (the worksheet with its key and the Moodle export are on the teacher's
// page), and the event log shows the element's events, retries marked.
import { expect, waitUntil } from '@open-wc/testing';
import type { Bank } from '../../src/domain/bank.js';
import type { Quiz } from '../../src/domain/question.js';
import { resultsToCsv } from '../../src/export/results.js';
import type { NewsQuiz } from '../../src/element/news-quiz.js';
import { mountSelfCheck } from '../../demo/index.js';
import { readSettings, settingsToSearch, shareUrl } from '../../demo/settings.js';
import { answer, button, click, once, shows, submit } from '../element/helpers.js';
import { guardPage } from './page-guard.js';
import { pageBody, recordingContext } from './pages.js';

const PAGE = '/demo/index.html';
const BANK = '/questions/russia-ukraine-2024.json';

/** Mounts the page at an address and waits until its quiz is ready. */
async function mount(href: string, screen = 'start') {
  const root = await pageBody(PAGE);
  const { context, record } = recordingContext(href);
  const page = mountSelfCheck(root, context);
  await shows(page.quiz, screen, 10000);
  return { root, page, record, quiz: page.quiz };
}

const ids = (quiz: Quiz | null): string[] => quiz!.questions.map((q) => `${q.id}|${q.prompt}`);

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
    // The page briefs the articles itself: the quiz's start screen does not list them a second time.
    await quiz.updateComplete;
    const listed = quiz.shadowRoot!.querySelector('[part="articles"]')!;
    expect(listed, "the start screen's list of articles").to.exist;
    expect(win.getComputedStyle(listed).display).to.equal('none');
    expect(quiz.shadowRoot!.querySelector('[part="start"] button')!.getBoundingClientRect().height).to.be.above(0);
    frame.remove();
  });

  it('briefs both articles with source and date as the bank gives them, in the words of the page', async () => {
    const root = await pageBody(PAGE);
    const bank = (await (await fetch(BANK)).json()) as Bank;
    for (const article of bank.articles) {
      const card = root.querySelector(`[data-article="${article.id}"]`)!;
      expect(card.querySelector('h3')!.textContent).to.equal(article.title);
      const source = card.querySelector('.source')!.textContent!;
      expect(source).to.contain(article.site ?? 'not named');
      if (article.date) expect(card.querySelector('time')!.getAttribute('datetime')).to.equal(article.date);
      else expect(source).to.contain('No date given');
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

  it('a count the bank cannot fill: the quiz has as many questions as it can make, and its start screen says so', async () => {
    const { quiz } = await mount(`${PAGE}?seed=big&count=40&kinds=match`);
    const made = quiz.quiz!.questions.length;
    expect(made).to.be.within(1, 39);
    expect(quiz.shadowRoot!.querySelector('[part="start"]')!.textContent).to.contain(`This bank can make ${made} question${made === 1 ? "" : "s"} with these settings, not the 40 asked for.`);
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

  it('after the element\'s New quiz, the share link and seed box give the quiz on screen', async () => {
    const { root, page, quiz } = await mount(`${PAGE}?seed=old-code&count=2&mode=test`);
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
    expect(page.settings().seed).to.equal('old-code');
  });

  it('shows no answer before it is given: no worksheet, no answer key, no export; the teacher\'s page is a link away', async () => {
    const { root, quiz } = await mount(`${PAGE}?seed=no-key&count=3`);
    for (const selector of ['#print-worksheet', '#open-worksheet', '#download-gift', '#kit-status', 'a[target="_blank"]']) {
      expect(root.querySelector(selector), selector).to.equal(null);
    }
    const words = root.textContent!.replace(/\s+/g, ' ');
    expect(words).to.not.match(/answer key|worksheet in a new tab/i);
    // Nor do the quiz's answers appear anywhere on the page outside the quiz before they are given.
    const outside = [...root.querySelectorAll('main > :not(.layout), .side')].map((e) => e.textContent).join(' ');
    for (const q of quiz.quiz!.questions) if (q.answerText.length > 3) expect(outside, q.answerText).to.not.contain(`Answer: ${q.answerText}`);
    expect(root.querySelector<HTMLAnchorElement>('a[href="./teacher.html"]')).to.exist;
  });

  it('logs a retry as practice, apart from the recorded result', async () => {
    const { root, quiz } = await mount(`${PAGE}?seed=retry-log&count=2`);
    button(quiz, /start/i).click();
    await shows(quiz, 'question');
    for (const right of [true, false]) {
      await answer(quiz, right);
      await submit(quiz);
      await click(quiz, button(quiz, /next question|see the results/i));
    }
    await click(quiz, button(quiz, 'Retry the missed ones'));
    await answer(quiz, true);
    await submit(quiz);
    const done = once(quiz, 'news-quiz-complete');
    button(quiz, 'See the results').click();
    await done;
    const latest = root.querySelector('#event-log li')!;
    const recorded = quiz.result!;
    expect(recorded.score).to.be.below(2);
    expect(latest.textContent).to.contain(`${recorded.score} of 2 (${recorded.percent}%)`).and.to.contain('retry recorded apart');
    expect(JSON.parse(latest.querySelector('pre')!.textContent!).retry).to.deep.equal({ retry: 1, score: 1, max: 1, percent: 100 });
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
