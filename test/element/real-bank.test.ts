// Every kind of question the generator makes, asked by the element from a real bank: axe on the
// question and its feedback, a right and a wrong answer through the inputs, checked as such.
import { expect, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { QUESTION_KINDS } from '../../src/domain/question.js';
import { $, $$, answer, button, click, current, focused, live, quiz, shows, submit, uniqueId } from './helpers.js';

const REAL = '/questions/russia-ukraine-2024.json';
/** The name each kind has on the results, written out here so that a table drifting out of order shows. */
const KIND_NAMES = {
  truefalse: 'True or false',
  choice: 'Multiple choice',
  match: 'Matching',
  order: 'Ordering',
  number: 'Number',
  cloze: 'Fill in the blank',
  text: 'Short answer',
  support: 'Which statement holds',
  claim: 'Who said what',
  reason: 'Reasons',
  sequence: 'Order of events',
} as const;
// The seed bank's facts make no ordering question; the generator's own fixture bank does.
const ORDER_BANK = '/test/fixtures/generator-bank.json';

describe('news-quiz: every kind from a real bank', () => {
  for (const kind of QUESTION_KINDS) {
    it(`${kind}: asked, answered right and wrong, axe passes`, async () => {
      const src = kind === 'order' ? ORDER_BANK : REAL;
      const el = await quiz(html`<news-quiz id=${uniqueId(kind)} src=${src} kinds=${kind} count="1" seed="k-${kind}"></news-quiz>`, 'start');
      await click(el, button(el, 'Start the quiz'));
      expect(current(el).kind).to.equal(kind);
      expect($(el, 'legend').textContent).to.equal(current(el).prompt);
      await expect(el).to.be.accessible();
      await answer(el, true);
      await submit(el);
      expect(el.attempt!.checks[0], JSON.stringify(el.attempt!.answers[0])).to.include({ correct: true, points: 1 });
      expect(live(el)).to.match(/^Right\./);
      await expect(el).to.be.accessible();

      await click(el, button(el, 'See the results'));
      // The results screen is a part fetched apart; it may arrive after the click.
      await shows(el, 'results');
      expect(() => button(el, 'Retry the missed ones'), 'nothing missed').to.throw();
      // The results chart names the kind (true/false and multiple choice were once swapped).
      const chart = $$(el, '.chart')[1]!;
      expect(chart.querySelector('h3')!.textContent).to.equal('By kind of question');
      expect([...chart.querySelectorAll('.label')].map((l) => l.textContent)).to.deep.equal([KIND_NAMES[kind]]);
      await click(el, button(el, 'New quiz'));
      expect(current(el).kind).to.equal(kind);
      await answer(el, false);
      await submit(el);
      expect(el.attempt!.checks[el.attempt!.round[0]!]!.correct, JSON.stringify(el.attempt!.answers)).to.equal(false);
      expect(live(el)).to.match(/^(Wrong|Partly right)\./);
      await expect(el).to.be.accessible();
    });
  }

  it('order: the move buttons keep the focus on the moved item and announce its place', async () => {
    const el = await quiz(html`<news-quiz id=${uniqueId('order')} src=${ORDER_BANK} kinds="order" count="1" seed="o"></news-quiz>`, 'start');
    await click(el, button(el, 'Start the quiz'));
    const q = current(el);
    if (q.kind !== 'order') throw new Error('expected an order question');
    const items = (): string[] => $$(el, '[part="question"] li span').map((s) => s.textContent!);
    const last = items().length - 1;
    const moving = items()[last]!;
    $(el, `[data-move="-1"][data-place="${last}"]`).focus();
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    expect(items()[last - 1]).to.equal(moving);
    expect(focused(el)!.getAttribute('aria-label')).to.equal(`Move “${moving}” up`);
    expect(live(el)).to.equal(`“${moving}” is now in place ${last}.`);
    expect(el.attempt!.draft).to.have.length(q.items.length);
  });

  it('match: each choice made by keyboard is kept as the draft', async () => {
    const el = await quiz(html`<news-quiz id=${uniqueId('match')} src=${REAL} kinds="match" count="1" seed="m"></news-quiz>`, 'start');
    await click(el, button(el, 'Start the quiz'));
    $$(el, 'input[name="pair-0"]')[0]!.focus();
    await sendKeys({ press: 'Space' });
    await el.updateComplete;
    const draft = el.attempt!.draft as number[];
    expect(draft[0]).to.equal(0);
    expect(draft.slice(1).every((i) => i === -1)).to.equal(true);
  });
});
