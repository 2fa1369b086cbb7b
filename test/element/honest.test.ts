// Honest scores: a retry of the missed questions is practice and never replaces the recorded first
// round (result, Copy results, CSV, news-quiz-complete); a saved attempt is marked again from the
// quiz, so a forged localStorage earns nothing; a bank changed since the save starts over and says
// so; two quizzes with the same id keep their own saves, and the console says so.
import { expect, fixture, html } from '@open-wc/testing';
import type { TemplateResult } from 'lit';
import type { Bank } from '../../src/domain/bank.js';
import type { NewsQuiz } from '../../src/element/news-quiz.js';
import { $, $$, SMALL, answer, button, click, loadBank, once, quiz, screen, shows, submit, text, uniqueId } from './helpers.js';

/** The saved attempts of the quiz with element id `id`. */
const keysOf = (id: string): string[] => Object.keys(localStorage).filter((k) => k.startsWith('news-quiz:') && k.includes(`:${id}:`));

async function reload(el: NewsQuiz, template: TemplateResult): Promise<NewsQuiz> {
  el.remove();
  const again = await fixture<NewsQuiz>(template);
  await shows(again);
  return again;
}

/** Plays a whole round: each answer right or wrong as given, going on after each feedback. */
async function play(el: NewsQuiz, rights: boolean[]): Promise<void> {
  for (const right of rights) {
    await answer(el, right);
    await submit(el);
    const next = el.shadowRoot!.querySelector<HTMLElement>('[data-next]');
    if (next) await click(el, next);
  }
}

/** Stubs the clipboard and the CSV download for one test; returns what they received. */
function capture(): { copied: () => string; csv: () => Promise<string>; undo: () => void } {
  let copied = '';
  let blob: Blob | null = null;
  const clipboard = navigator.clipboard;
  const write = clipboard.writeText;
  const create = URL.createObjectURL;
  const clickLink = HTMLAnchorElement.prototype.click;
  clipboard.writeText = async (t: string) => void (copied = t);
  URL.createObjectURL = (b: Blob | MediaSource) => ((blob = b as Blob), 'blob:stub');
  HTMLAnchorElement.prototype.click = () => undefined;
  return {
    copied: () => copied,
    csv: () => blob!.text(),
    undo: () => {
      clipboard.writeText = write;
      URL.createObjectURL = create;
      HTMLAnchorElement.prototype.click = clickLink;
    },
  };
}

describe('news-quiz: honest scores', () => {
  it('after a retry in test mode, Copy results and the CSV report the first round, and the retry as practice', async () => {
    const id = uniqueId('honest');
    const template = html`<news-quiz id=${id} src=${SMALL} seed="honest" count="5" mode="test"></news-quiz>`;
    let el = await quiz(template, 'start');
    await click(el, button(el, 'Start the quiz'));
    await play(el, [true, false, true, false, false]);
    // The results screen is a part of its own, fetched while the quiz is under way.
    await shows(el, 'results');
    const recorded = el.result!;
    expect([recorded.score, recorded.percent, recorded.mode]).to.deep.equal([2, 40, 'test']);

    await click(el, button(el, 'Retry the missed ones'));
    // A retry is practice: feedback after each answer, even after a test.
    await answer(el, true);
    await submit(el);
    expect($$(el, '[part="feedback"]')).to.have.length(1);
    await click(el, $(el, '[data-next]'));
    // Reloaded in the middle of the retry: back on the retry, the recorded result untouched.
    el = await reload(el, template);
    expect($(el, '.retrying').textContent).to.equal('Retry 1: practice, not counted');
    expect($(el, 'h2').textContent).to.equal('Question 2 of 3');
    expect(el.result).to.deep.equal(recorded);
    await play(el, [true, true]);
    // The results screen is a part fetched apart; it may arrive after the last answer.
    await shows(el, 'results');
    expect(screen(el)).to.equal('results');
    expect(el.result).to.deep.equal(recorded);
    expect($(el, '.percent').textContent).to.equal('40%');

    const io = capture();
    try {
      await click(el, button(el, 'Copy results'));
      await new Promise((r) => setTimeout(r));
      const lines = io.copied().split('\n');
      expect(lines.slice(1, 4)).to.deep.equal(['Score: 2 / 5 (40%)', 'Quiz code: honest', 'Mode: test']);
      expect(lines[4]).to.match(/^Finished: .*\d{4}/);
      expect(lines[5]).to.equal('Retry 1 (practice, not counted): 3 / 3 (100%)');
      expect(io.copied()).to.not.contain('Score: 5 / 5');
      await click(el, button(el, 'Download CSV'));
      const rows = (await io.csv()).trim().split('\r\n').slice(1);
      expect(rows).to.have.length(5);
      expect(rows.map((r) => r.split(',').at(-1))).to.deep.equal(['1', '0', '1', '0', '0']);
      expect(rows.every((r) => r.split(',').slice(2, 6).join() === 'honest,test,2,5')).to.equal(true);
    } finally {
      io.undo();
    }
  });

  it('marks a restored attempt again from the quiz: saved "correct" marks forged in localStorage give nothing', async () => {
    const id = uniqueId('forged');
    const template = html`<news-quiz id=${id} src=${SMALL} seed="forged" count="3"></news-quiz>`;
    let el = await quiz(template, 'start');
    await click(el, button(el, 'Start the quiz'));
    await play(el, [false, false, false]);
    expect(el.result!.percent).to.equal(0);
    const [key] = keysOf(id);
    const saved = JSON.parse(localStorage.getItem(key!)!);
    saved.checks = saved.checks.map((c: { answerText: string }) => ({ ...c, points: 1, correct: true }));
    localStorage.setItem(key!, JSON.stringify(saved));

    let completes = 0;
    document.addEventListener('news-quiz-complete', () => (completes += 1));
    el = await reload(el, template);
    // The results screen is a part fetched apart; it may arrive after the last answer.
    await shows(el, 'results');
    expect(screen(el)).to.equal('results');
    expect(el.result!.percent).to.equal(0);
    expect(el.result!.questions.every((q) => !q.correct)).to.equal(true);
    expect($(el, '.percent').textContent).to.equal('0%');
    expect(completes, 'a restored attempt fires nothing').to.equal(0);
  });

  it('starts over, with a notice on screen, when the bank changed since the save (same question ids, other answers)', async () => {
    const bank = await loadBank();
    // The same fact and question id, another figure: the saved answer no longer means what it did.
    const changed: Bank = structuredClone(bank);
    const planes = changed.facts.find((f) => f.id === 'planes-hit')!.slots['planes'] as { number: number };
    planes.number = 5;
    const id = uniqueId('changed');
    const template = (b: Bank): TemplateResult => html`<news-quiz id=${id} .bank=${b} seed="changed" count="1" kinds="number"></news-quiz>`;
    let el = await quiz(template(bank), 'start');
    await click(el, button(el, 'Start the quiz'));
    await play(el, [true]);
    expect(el.result!.percent).to.equal(100);
    const questionId = el.quiz!.questions[0]!.id;

    el = await reload(el, template(changed));
    expect(el.quiz!.questions[0]!.id).to.equal(questionId);
    expect(screen(el)).to.equal('start');
    expect(el.attempt).to.equal(null);
    const note = $(el, '[part="note"]');
    expect(note.hidden).to.equal(false);
    expect(note.textContent).to.equal('This quiz has changed since your progress was saved, so it starts afresh.');
    expect(note.getBoundingClientRect().height).to.be.greaterThan(10);
    await expect(el).to.be.accessible();
    // A change that leaves this quiz as it was (a fact it does not ask about) keeps the attempt.
    const fewer: Bank = structuredClone(changed);
    fewer.facts = fewer.facts.filter((f) => f.id !== 'jets-expected');
    await click(el, button(el, 'Start the quiz'));
    el = await reload(el, html`<news-quiz id=${id} .bank=${fewer} seed="changed" count="1" kinds="number"></news-quiz>`);
    expect(screen(el)).to.equal('question');
    expect($(el, '[part="note"]').hidden, 'the number question is as it was').to.equal(true);
  });

  it('keeps two quizzes with the same id apart, across a reload, and tells the console', async () => {
    const warnings: string[] = [];
    const warn = console.warn;
    console.warn = (...args: unknown[]) => void warnings.push(String(args[0]));
    const id = uniqueId('twin-id');
    const page = (): NewsQuiz[] => {
      const box = document.createElement('div');
      box.innerHTML = `<news-quiz id="${id}" src="${SMALL}" seed="twins" count="2"></news-quiz>`.repeat(2);
      document.body.append(box);
      return [...box.querySelectorAll('news-quiz')];
    };
    try {
      let [a, b] = page();
      await shows(a!, 'start');
      await shows(b!, 'start');
      expect(warnings.filter((w) => w.includes(`id="${id}"`))).to.have.length(1);
      expect(warnings[0]).to.contain('2 quizzes on this page have id=');
      await click(b!, button(b!, 'Start the quiz'));
      await answer(b!, true);
      await submit(b!);
      expect(screen(a!), 'the first is untouched').to.equal('start');
      expect(keysOf(id).length + Object.keys(localStorage).filter((k) => k.includes(`:${id}~2:`)).length).to.equal(1);
      b!.parentElement!.remove();
      [a, b] = page();
      await shows(a!);
      await shows(b!);
      expect(screen(a!)).to.equal('start');
      expect(screen(b!)).to.equal('question');
      expect(b!.attempt!.answers[0]).to.not.equal(null);
      a!.parentElement!.remove();
    } finally {
      console.warn = warn;
      for (const key of Object.keys(localStorage).filter((k) => k.includes(id))) localStorage.removeItem(key);
    }
  });

  it('one quiz with an id of its own says nothing to the console', async () => {
    const warnings: unknown[] = [];
    const warn = console.warn;
    console.warn = (...args: unknown[]) => void warnings.push(args[0]);
    try {
      const el = await quiz(html`<news-quiz id=${uniqueId('single')} src=${SMALL} seed="single" count="2"></news-quiz>`, 'start');
      expect(text(el)).to.contain('2 questions');
    } finally {
      console.warn = warn;
    }
    expect(warnings).to.deep.equal([]);
  });

  it('fires news-quiz-complete with the recorded result and no retry after the first round', async () => {
    const el = await quiz(html`<news-quiz id=${uniqueId('first')} src=${SMALL} seed="first" count="2"></news-quiz>`, 'start');
    await click(el, button(el, 'Start the quiz'));
    await play(el, [true]);
    await answer(el, false);
    await submit(el);
    setTimeout(() => $(el, '[data-next]').click());
    const done = await once(el, 'news-quiz-complete');
    expect(done.retry).to.equal(null);
    expect([done.score, done.max, done.result.mode]).to.deep.equal([1, 2, 'practice']);
  });
});
