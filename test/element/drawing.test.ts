// A bank given on the page, as the `bank` property or a child script, is made into its quiz in
// slices of their own tasks, as a fetched one is: the same quiz as the domain's for the seed, and
// nothing lost on the way (the saved attempt resumes, a change made while the quiz is drawn wins).
import { expect, html } from '@open-wc/testing';
import { render, type TemplateResult } from 'lit';
import { generate } from '../../src/domain/generate.js';
import type { Bank } from '../../src/domain/bank.js';
import type { NewsQuiz } from '../../src/element/news-quiz.js';
import { $, answer, button, click, failOnUncaught, loadBank, screen, submit, uniqueId } from './helpers.js';

/** The seed bank: its quiz takes more than one slice to draw on a page. */
const REAL = '/questions/russia-ukraine-2024.json';

describe('news-quiz: a bank given on the page is drawn in slices', () => {
  failOnUncaught();
  let bank: Bank;
  before(async () => {
    bank = await loadBank(REAL);
  });

  /**
   * The element of `template` put on the page, with `given` set as its `bank` first, once its first
   * update is done: in the task that put it there, with the quiz drawn or still being drawn.
   */
  async function put(template: TemplateResult, given?: Bank): Promise<NewsQuiz> {
    const holder = document.createElement('div');
    render(template, holder);
    const el = holder.firstElementChild as NewsQuiz;
    if (given) el.bank = given;
    document.body.append(el);
    // The first update runs in microtasks of this task: nothing here lets another task in.
    while (!el.hasUpdated) await Promise.resolve();
    return el;
  }

  for (const way of ['property', 'script'] as const) {
    it(`${way}: the same quiz as the domain's for the seed; a saved attempt resumes with its answers`, async () => {
      const id = uniqueId(`drawn-${way}`);
      const template =
        way === 'property'
          ? html`<news-quiz id=${id} seed="slices" count="10"></news-quiz>`
          : html`<news-quiz id=${id} seed="slices" count="10"><script type="application/json">${JSON.stringify(bank)}</script></news-quiz>`;
      // A fresh copy each time: nothing the domain keeps for a bank it has seen makes it quicker.
      const given = () => (way === 'property' ? structuredClone(bank) : undefined);
      const el = await put(template, given());
      let ready = 0;
      el.addEventListener('news-quiz-ready', () => (ready += 1));
      // updateComplete waits for the quiz being drawn and its render.
      await el.updateComplete;
      expect(screen(el)).to.equal('start');
      expect(el.quiz).to.deep.equal(generate(bank, { seed: 'slices', count: 10 }));
      expect((await el.ready).id).to.equal(bank.id);
      expect(ready).to.equal(1);

      await click(el, button(el, 'Start the quiz'));
      await answer(el, true);
      await submit(el);
      await click(el, $(el, '[data-next]'));
      await answer(el, false);
      await submit(el);
      const before = el.attempt!;
      expect(before.answers.filter((a) => a !== null)).to.have.length(2);
      el.remove();

      const again = await put(template, given());
      await again.updateComplete;
      expect(screen(again)).to.equal('question');
      expect(again.quiz).to.deep.equal(el.quiz);
      expect(again.attempt).to.deep.equal(before);
      expect($(again, '[part="note"]').hidden).to.equal(true);
      again.remove();
    });
  }

  it('a seed set while the quiz is being drawn wins, and ready resolves once, with that quiz', async () => {
    const el = await put(html`<news-quiz id=${uniqueId('drawn-seed')} seed="first" count="10"></news-quiz>`, structuredClone(bank));
    const ready: NewsQuiz['quiz'][] = [];
    el.addEventListener('news-quiz-ready', (e) => ready.push(e.quiz));
    el.seed = 'later';
    await el.updateComplete;
    expect(el.quiz).to.deep.equal(generate(bank, { seed: 'later', count: 10 }));
    expect(screen(el)).to.equal('start');
    await el.ready;
    expect(ready).to.deep.equal([el.quiz]);
    el.remove();
  });

  it('a new bank given while the quiz is being drawn wins', async () => {
    const small = await loadBank();
    const el = await put(html`<news-quiz id=${uniqueId('drawn-bank')} seed="s" count="3"></news-quiz>`, structuredClone(bank));
    el.bank = small;
    await el.updateComplete;
    expect(el.quiz).to.deep.equal(generate(small, { seed: 's', count: 3 }));
    expect(await el.ready).to.equal(small);
    el.remove();
  });
});
