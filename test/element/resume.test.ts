// Nothing lost: the attempt is saved as the reader goes and comes back after a reload;
// where storage is off, full or holds a corrupted attempt the quiz still works and says so quietly.
import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import type { TemplateResult } from 'lit';
import type { NewsQuiz } from '../../src/element/news-quiz.js';
import { $, $$, SMALL, answer, button, click, current, live, quiz, screen, shows, submit, text, uniqueId } from './helpers.js';

/** Saved keys of the quiz with element id `id`. */
const keysOf = (id: string): string[] => Object.keys(localStorage).filter((k) => k.startsWith('news-quiz:') && k.includes(`:${id}:`));

/** Takes the element off the page (as a closed tab would) and makes it again from the same template. */
async function reload(el: NewsQuiz, template: TemplateResult): Promise<NewsQuiz> {
  el.remove();
  const again = await fixture<NewsQuiz>(template);
  await shows(again);
  return again;
}

const NOT_KEPT = 'Progress will not be kept on this device.';
const UNREADABLE = 'The saved progress could not be read, so the quiz starts afresh.';

describe('news-quiz: resume after a reload', () => {
  it('comes back on the same question with the earlier answers, the seed and the half-given answer', async () => {
    const id = uniqueId('resume');
    // Three: the small bank makes four true/false questions for most seeds but three for some (a false
    // statement's name can be another statement's answer), and the seed here is the element's own.
    const template = html`<news-quiz id=${id} src=${SMALL} count="3" kinds="truefalse"></news-quiz>`;
    let el = await quiz(template, 'start');
    const seed = el.quiz!.seed;
    await click(el, button(el, 'Start the quiz'));
    await answer(el, true);
    await submit(el);
    await click(el, $(el, '[data-next]'));
    await answer(el, false);
    await submit(el);
    await click(el, $(el, '[data-next]'));
    $$<HTMLInputElement>(el, 'input[type="radio"]')[1]!.click(); // a choice made but not yet checked
    await el.updateComplete;
    const before = el.attempt!;
    expect(keysOf(id)).to.have.length(1);

    el = await reload(el, template);
    expect(screen(el)).to.equal('question');
    expect(el.quiz!.seed).to.equal(seed);
    expect($(el, 'h2').textContent).to.equal('Question 3 of 3');
    expect(el.attempt!.answers).to.deep.equal(before.answers);
    expect(el.attempt!.checks).to.deep.equal(before.checks);
    expect($$<HTMLInputElement>(el, 'input[type="radio"]')[1]!.checked).to.equal(true);
    expect($(el, '[part="note"]').hidden).to.equal(true);
    await expect(el).to.be.accessible();
  });

  it('brings questions of understanding back: a reason answered and checked, a sequence half arranged', async () => {
    const id = uniqueId('resume-understanding');
    const template = html`<news-quiz id=${id} src="/questions/russia-ukraine-2024.json" count="2" kinds="reason sequence" seed="understand"></news-quiz>`;
    let el = await quiz(template, 'start');
    await click(el, button(el, 'Start the quiz'));
    const kinds = el.quiz!.questions.map((q) => q.kind).sort();
    expect(kinds).to.deep.equal(['reason', 'sequence']);
    await answer(el, true);
    await submit(el);
    await click(el, $(el, '[data-next]'));
    // The second: moved once, not yet checked.
    if (current(el).kind === 'sequence') $<HTMLButtonElement>(el, '[data-move="1"][data-place="0"]').click();
    else $$<HTMLInputElement>(el, 'input[type="radio"]')[1]!.click();
    await el.updateComplete;
    const before = el.attempt!;
    el = await reload(el, template);
    expect(screen(el)).to.equal('question');
    expect($(el, 'h2').textContent).to.equal('Question 2 of 2');
    expect(el.attempt!.answers).to.deep.equal(before.answers);
    expect(el.attempt!.draft).to.deep.equal(before.draft);
    expect(el.attempt!.checks[el.attempt!.round[0]!]!.correct).to.equal(true);
    await expect(el).to.be.accessible();
  });

  it('keeps a half-typed answer', async () => {
    const id = uniqueId('resume-typed');
    const template = html`<news-quiz id=${id} src=${SMALL} seed="typed" count="2" kinds="text"></news-quiz>`;
    let el = await quiz(template, 'start');
    await click(el, button(el, 'Start the quiz'));
    const field = $<HTMLInputElement>(el, 'input#typed');
    field.focus();
    await sendKeys({ type: 'Syrs' });
    el = await reload(el, template);
    expect($<HTMLInputElement>(el, 'input#typed').value).to.equal('Syrs');
    expect(el.attempt!.draft).to.equal('Syrs');
  });

  it('comes back on the feedback when reloaded after checking', async () => {
    const id = uniqueId('resume-feedback');
    const template = html`<news-quiz id=${id} src=${SMALL} seed="fb" count="2"></news-quiz>`;
    let el = await quiz(template, 'start');
    await click(el, button(el, 'Start the quiz'));
    await answer(el, true);
    await submit(el);
    el = await reload(el, template);
    expect($$(el, '[part="feedback"]')).to.have.length(1);
    expect($(el, '[part="feedback"]').textContent).to.contain('Right');
  });

  it('brings a finished quiz back on its results, without firing events', async () => {
    const id = uniqueId('resume-done');
    const template = html`<news-quiz id=${id} src=${SMALL} seed="done" count="2"></news-quiz>`;
    let el = await quiz(template, 'start');
    await click(el, button(el, 'Start the quiz'));
    for (const right of [true, false]) {
      await answer(el, right);
      await submit(el);
      await click(el, $(el, '[data-next]'));
    }
    const result = el.result;
    el.remove();
    let events = 0;
    const count = (): void => void (events += 1);
    document.addEventListener('news-quiz-complete', count);
    document.addEventListener('news-quiz-start', count);
    el = await fixture<NewsQuiz>(template);
    await shows(el, 'results');
    document.removeEventListener('news-quiz-complete', count);
    document.removeEventListener('news-quiz-start', count);
    expect(events).to.equal(0);
    expect(el.result).to.deep.equal(result);
    expect(text(el)).to.contain('1 point out of 2');
  });

  it('keeps a new quiz (new seed) across a reload even when the page fixed a seed', async () => {
    const id = uniqueId('resume-new');
    const template = html`<news-quiz id=${id} src=${SMALL} seed="fixed" count="1"></news-quiz>`;
    let el = await quiz(template, 'start');
    await click(el, button(el, 'Start the quiz'));
    await answer(el, true);
    await submit(el);
    await click(el, $(el, '[data-next]'));
    await click(el, button(el, 'New quiz'));
    const seed = el.quiz!.seed;
    expect(seed).to.not.equal('fixed');
    el = await reload(el, template);
    expect(screen(el)).to.equal('question');
    expect(el.quiz!.seed).to.equal(seed);
  });

  it('keeps two alike quizzes without ids apart across a reload', async () => {
    // A page built by hand, not with fixture(): a plain <div> fixture waits for an animation frame,
    // which a background tab (tests run two pages at once) may never give.
    const page = (): NewsQuiz[] => {
      const box = document.createElement('div');
      box.innerHTML = `<news-quiz src="${SMALL}" seed="twin" count="2"></news-quiz>`.repeat(2);
      document.body.append(box);
      return [...box.querySelectorAll('news-quiz')];
    };
    let [a, b] = page();
    await shows(a!, 'start');
    await shows(b!, 'start');
    await click(a!, button(a!, 'Start the quiz'));
    await answer(a!, true);
    await submit(a!);
    a!.parentElement!.remove();
    [a, b] = page();
    await shows(a!);
    await shows(b!);
    expect(screen(a!)).to.equal('question');
    expect(screen(b!)).to.equal('start');
    a!.parentElement!.remove();
    for (const key of Object.keys(localStorage).filter((k) => k.includes('"twin"'))) localStorage.removeItem(key);
  });

  it('keeps quizzes without ids inside other components (shadow roots) apart', async () => {
    // How a page built of components embeds it: each card renders its quiz in its own shadow root.
    const card = (): NewsQuiz => {
      const host = document.createElement('div');
      host.className = 'shadow-card';
      host.attachShadow({ mode: 'open' }).innerHTML = `<news-quiz src="${SMALL}" seed="carded" count="2"></news-quiz>`;
      document.body.append(host);
      return host.shadowRoot!.querySelector('news-quiz')!;
    };
    for (const key of Object.keys(localStorage).filter((k) => k.includes('"carded"'))) localStorage.removeItem(key);
    const a = card();
    await shows(a, 'start');
    await click(a, button(a, 'Start the quiz'));
    await answer(a, true);
    await submit(a);
    const b = card();
    await shows(b);
    expect(screen(b)).to.equal('start');
    expect(b.attempt).to.equal(null);
    document.querySelectorAll('.shadow-card').forEach((host) => host.remove());
    for (const key of Object.keys(localStorage).filter((k) => k.includes('"carded"'))) localStorage.removeItem(key);
  });

  it('reads an unknown mode as practice, and resumes it', async () => {
    const id = uniqueId('resume-mode');
    const template = html`<news-quiz id=${id} src=${SMALL} seed="mode" count="2" mode="exam"></news-quiz>`;
    let el = await quiz(template, 'start');
    await click(el, button(el, 'Start the quiz'));
    await answer(el, true);
    await submit(el);
    expect($$(el, '[part="feedback"]')).to.have.length(1);
    el = await reload(el, template);
    expect($$(el, '[part="feedback"]')).to.have.length(1);
  });

  it('saves under the quiz options: other options, other attempt', async () => {
    const id = uniqueId('resume-options');
    let el = await quiz(html`<news-quiz id=${id} src=${SMALL} seed="o" count="2"></news-quiz>`, 'start');
    await click(el, button(el, 'Start the quiz'));
    el = await reload(el, html`<news-quiz id=${id} src=${SMALL} seed="o" count="3"></news-quiz>`);
    expect(screen(el)).to.equal('start');
    el = await reload(el, html`<news-quiz id=${id} src=${SMALL} seed="o" count="2" mode="test"></news-quiz>`);
    expect(screen(el)).to.equal('start');
    el = await reload(el, html`<news-quiz id=${id} src=${SMALL} seed="o" count="2"></news-quiz>`);
    expect(screen(el)).to.equal('question');
  });
});

describe('news-quiz: storage faults', () => {
  const restore: (() => void)[] = [];
  afterEach(() => restore.splice(0).forEach((undo) => undo()));

  function stub<T extends object, K extends keyof T>(target: T, key: K, value: T[K]): void {
    const original = Object.getOwnPropertyDescriptor(target, key);
    Object.defineProperty(target, key, { value, configurable: true, writable: true });
    restore.push(() => (original ? Object.defineProperty(target, key, original) : delete target[key]));
  }

  it('works and says so quietly when storage is full (QuotaExceededError)', async () => {
    stub(Storage.prototype, 'setItem', () => {
      throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    });
    const el = await quiz(html`<news-quiz id=${uniqueId('full')} src=${SMALL} seed="full" count="2"></news-quiz>`, 'start');
    await click(el, button(el, 'Start the quiz'));
    expect($(el, '[part="note"]').hidden).to.equal(false);
    expect($(el, '[part="note"]').textContent).to.equal(NOT_KEPT);
    await answer(el, true);
    await submit(el);
    await click(el, $(el, '[data-next]'));
    await answer(el, true);
    await submit(el);
    await click(el, $(el, '[data-next]'));
    expect(el.result!.score).to.equal(2);
    await expect(el).to.be.accessible();
  });

  it('works when reading storage throws', async () => {
    stub(Storage.prototype, 'getItem', () => {
      throw new DOMException('Access is denied.', 'SecurityError');
    });
    const el = await quiz(html`<news-quiz id=${uniqueId('noread')} src=${SMALL} seed="nr" count="2"></news-quiz>`, 'start');
    expect($(el, '[part="note"]').textContent).to.equal(NOT_KEPT);
    await click(el, button(el, 'Start the quiz'));
    expect(screen(el)).to.equal('question');
  });

  it('works when localStorage itself cannot be reached', async () => {
    const own = Object.getOwnPropertyDescriptor(window, 'localStorage')!;
    expect(own.configurable, 'window.localStorage can be stubbed').to.equal(true);
    Object.defineProperty(window, 'localStorage', {
      configurable: true,
      get() {
        throw new DOMException('The document is sandboxed.', 'SecurityError');
      },
    });
    restore.push(() => Object.defineProperty(window, 'localStorage', own));
    const el = await quiz(html`<news-quiz id=${uniqueId('nostore')} src=${SMALL} seed="ns" count="2"></news-quiz>`, 'start');
    expect($(el, '[part="note"]').textContent).to.equal(NOT_KEPT);
    await click(el, button(el, 'Start the quiz'));
    await answer(el, true);
    await submit(el);
    expect($$(el, '[part="feedback"]')).to.have.length(1);
  });

  for (const [what, corrupt] of [
    ['text that is not JSON', () => '{"version":1,"seed":'],
    ['JSON of the wrong shape', () => JSON.stringify({ version: 1, seed: 'x', position: 'three' })],
    ['an attempt whose position is out of range', (saved: string) => JSON.stringify({ ...JSON.parse(saved), position: 99 })],
    ['an attempt whose question ids are not text', (saved: string) => JSON.stringify({ ...JSON.parse(saved), questions: [1, 2] })],
    ['an attempt with a bad answer', (saved: string) => JSON.stringify({ ...JSON.parse(saved), answers: [{}, null] })],
  ] as const) {
    it(`starts afresh and says so when storage holds ${what}`, async () => {
      const id = uniqueId('corrupt');
      const template = html`<news-quiz id=${id} src=${SMALL} seed="c" count="2"></news-quiz>`;
      let el = await quiz(template, 'start');
      await click(el, button(el, 'Start the quiz'));
      const [key] = keysOf(id);
      localStorage.setItem(key!, corrupt(localStorage.getItem(key!)!));
      el = await reload(el, template);
      expect(screen(el)).to.equal('start');
      expect($(el, '[part="note"]').textContent).to.equal(UNREADABLE);
      await click(el, button(el, 'Start the quiz'));
      await answer(el, true);
      await submit(el);
      expect(live(el)).to.contain('Right');
      // The fresh attempt replaces the unreadable one.
      expect(JSON.parse(localStorage.getItem(key!)!).answers[0]).to.not.equal(null);
    });
  }
});
