// Every kind of question has a proper input that works by keyboard alone, and passes axe, asked and checked.
// The views are rendered in a host with the element's own styles, from hand-made questions of each kind.
import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { LitElement, type TemplateResult } from 'lit';
import { checkAnswer } from '../../src/domain/check.js';
import type { Answer, Check, Question } from '../../src/domain/question.js';
import { en as DEFAULT_STRINGS } from '../../src/element/i18n/en.js';
import { styles } from '../../src/element/styles.js';
import { questionView } from '../../src/element/views/question.js';

const base = { facts: ['f'], article: 'a', paragraph: 3, difficulty: 2 as const, explanation: 'Because the article says so.' };

const QUESTIONS: Question[] = [
  { ...base, id: 'q.choice', kind: 'choice', prompt: 'Which fighter jet is Ukraine waiting for?', options: ['F-35', 'F-16', 'Gripen', 'Rafale'], correct: 1, answerText: 'F-16' },
  { ...base, id: 'q.tf', kind: 'truefalse', prompt: 'True or false? Drones hit an air base in Russia.', options: ['True', 'False'], correct: 0, answerText: 'True' },
  { ...base, id: 'q.text', kind: 'text', prompt: 'Who leads the armed forces of Ukraine?', accept: ['Oleksandr Syrskyi', 'Syrskyi'], rivals: [['Vladimir Putin']], answerText: 'Oleksandr Syrskyi' },
  { ...base, id: 'q.number', kind: 'number', prompt: 'How many cargo planes did the raid damage?', value: 4, min: 4, max: 4, unit: 'cargo planes', answerText: '4' },
  {
    ...base,
    id: 'q.cloze',
    kind: 'cloze',
    prompt: 'Fill in the blank:',
    before: 'Drones damaged planes at',
    after: 'near Estonia.',
    blank: { type: 'text', accept: ['Pskov airfield', 'Pskov'], rivals: [['Morozovsk air base']] },
    answerText: 'Pskov airfield',
  },
  {
    ...base,
    id: 'q.match',
    kind: 'match',
    prompt: 'Match each person to the role the articles give them:',
    left: ['Oleksandr Syrskyi', 'John Kirby'],
    right: ['White House spokesperson', 'Ukrainian commander-in-chief'],
    pairs: [1, 0],
    answerText: 'Oleksandr Syrskyi: Ukrainian commander-in-chief; John Kirby: White House spokesperson',
  },
  {
    ...base,
    id: 'q.order',
    kind: 'order',
    prompt: 'Put these figures in order:',
    items: ['missiles and drones launched', 'regions attacked', 'planes damaged'],
    order: [2, 1, 0],
    ends: { first: 'smallest', last: 'largest' },
    answerText: 'planes damaged, regions attacked, missiles and drones launched',
  },
  {
    ...base,
    id: 'q.support',
    kind: 'support',
    prompt: 'Which of these statements does the article “Drones over Russia” support?',
    options: ['Drones damaged four cargo planes at Pskov.', 'Drones damaged six cargo planes at Pskov.', 'Drones damaged four cargo planes at Engels.', 'Drones damaged four fighter jets at Pskov.'],
    correct: 0,
    answerText: 'Drones damaged four cargo planes at Pskov.',
  },
  {
    ...base,
    id: 'q.claim',
    kind: 'claim',
    prompt: 'What did Oleksandr Syrskyi say about the initiative on the battlefield?',
    options: ['Ukraine has already taken it back', 'Russia has it for now, but that should change', 'Russia will keep it whatever arrives', 'Neither side will hold it before winter'],
    correct: 1,
    answerText: 'Russia has it for now, but that should change',
  },
  {
    ...base,
    id: 'q.reason',
    kind: 'reason',
    prompt: 'What are Ukraine\'s strikes inside Russia meant to achieve, according to the article?',
    options: ['A quick peace deal', 'Damage to Russia\'s military and its morale', 'Control of Russian land', 'A test of new weapons'],
    correct: 1,
    answerText: 'Damage to Russia\'s military and its morale',
  },
  {
    ...base,
    id: 'q.sequence',
    kind: 'sequence',
    prompt: 'Put these events in the order they happened, from earliest to latest:',
    items: ['The governor promises repairs', 'Drones damage the planes', 'The governor posts videos of the fire'],
    order: [1, 2, 0],
    ends: { first: 'earliest', last: 'latest' },
    answerText: 'Drones damage the planes; then the governor posts videos of the fire; then the governor promises repairs',
  },
];

/** A stand-in for the element's question screen: same styles, same view, answers kept here. */
class QuestionHost extends LitElement {
  static override styles = styles;
  question!: Question;
  answer: Answer | null = null;
  check: Check | null = null;
  submitted = 0;
  override render(): TemplateResult {
    return questionView(
      DEFAULT_STRINGS,
      { question: this.question, n: 2, total: 7, answer: this.answer, check: this.check, articleTitle: 'An article', last: false, submitLabel: DEFAULT_STRINGS.check },
      {
        draft: (a) => {
          this.answer = a;
          this.requestUpdate();
        },
        submit: (e) => {
          e.preventDefault();
          this.submitted += 1;
        },
        move: (place, by) => {
          const order = Array.isArray(this.answer) ? this.answer.slice() : (this.question as { items: string[] }).items.map((_, i) => i);
          [order[place], order[place + by]] = [order[place + by]!, order[place]!];
          this.answer = order;
          this.requestUpdate();
          void this.updateComplete.then(() => this.shadowRoot!.querySelector<HTMLElement>(`[data-move="${by}"][data-place="${place + by}"]`)!.focus());
        },
        next: () => undefined,
      },
    );
  }
}
customElements.define('question-host', QuestionHost);

async function host(question: Question): Promise<QuestionHost> {
  const el = await fixture<QuestionHost>(html`<question-host .question=${question}></question-host>`);
  return el;
}
const active = (el: QuestionHost): Element | null => el.shadowRoot!.activeElement;
const byId = (id: string): Question => QUESTIONS.find((q) => q.id === id)!;

describe('question kinds', () => {
  for (const question of QUESTIONS) {
    it(`${question.kind}: fieldset with the prompt as legend, labelled input, axe passes asked and checked`, async () => {
      const el = await host(question);
      const root = el.shadowRoot!;
      expect(root.querySelector('fieldset legend')!.textContent).to.equal(question.prompt);
      for (const input of root.querySelectorAll('input, select')) {
        expect((input as HTMLInputElement).labels?.length ?? 0, `${input.outerHTML} has a label`).to.be.greaterThan(0);
      }
      await expect(el).to.be.accessible();
      el.check = checkAnswer(question, null);
      el.requestUpdate();
      await el.updateComplete;
      // The right answer is shown once: on the inputs where they can show it, else in the verdict.
      const shown = root.querySelector('[part="question"]')!.textContent!.replace(/\s+/g, ' ');
      if (['text', 'number', 'cloze'].includes(question.kind)) expect(root.querySelector('[part="feedback"]')!.textContent).to.contain(`The answer: ${question.answerText}`);
      else expect(root.querySelector('[part="feedback"]')!.textContent).to.not.contain('The answer:');
      if (question.kind === 'choice' || question.kind === 'truefalse') expect(root.querySelector('.option.right')!.textContent).to.contain(question.options[question.correct]).and.to.contain('The right answer');
      if (question.kind === 'match') {
        const marked = [...root.querySelectorAll('.pair')].map((group) => group.querySelector('.chip.right')!.textContent!.replace(/\s+/g, ' ').trim());
        expect(marked).to.deep.equal(question.left.map((_, i) => `${question.right[question.pairs[i]!]} ✓ The right answer`));
      }
      expect(shown).to.contain(question.prompt);
      await expect(el).to.be.accessible();
    });
  }

  it('checked, a wrong pick is marked as the reader\'s with ✗ and words, and the right option with ✓ and words', async () => {
    const q = byId('q.choice') as Extract<Question, { kind: 'choice' }>;
    const el = await host(q);
    el.answer = 2;
    el.check = checkAnswer(q, 2);
    el.requestUpdate();
    await el.updateComplete;
    const root = el.shadowRoot!;
    const cards = [...root.querySelectorAll<HTMLElement>('.option')];
    const words = (card: HTMLElement): string => card.querySelector('.mark')?.textContent!.replace(/\s+/g, ' ').trim() ?? '';
    expect(cards.map(words)).to.deep.equal(['', '✓ The right answer', '✗ Your answer', '']);
    expect(cards[2]!.querySelector('input')!.checked).to.equal(true);
    // Not colour alone: the wrong pick's border and its mark are in the "wrong" colour, the right one's in the "right" colour.
    const colour = (card: HTMLElement): string => getComputedStyle(card).borderTopColor;
    expect(colour(cards[2]!)).to.equal('rgb(179, 38, 30)');
    expect(colour(cards[1]!)).to.equal('rgb(20, 108, 46)');
    expect(colour(cards[2]!)).to.not.equal(colour(cards[0]!));
    expect(root.querySelector('[part="feedback"]')!.textContent).to.contain('Wrong');
    await expect(el).to.be.accessible();
    // A right pick is marked as the reader's, right.
    el.answer = 1;
    el.check = checkAnswer(q, 1);
    el.requestUpdate();
    await el.updateComplete;
    expect(cards.map(words)).to.deep.equal(['', '✓ Your answer', '', '']);
  });

  it('checked, each pair of a matching question is marked, a wrong one with its right partner', async () => {
    const q = byId('q.match') as Extract<Question, { kind: 'match' }>;
    const el = await host(q);
    el.answer = [1, 1];
    el.check = checkAnswer(q, [1, 1]);
    el.requestUpdate();
    await el.updateComplete;
    const pairs = [...el.shadowRoot!.querySelectorAll<HTMLElement>('.pair')];
    const marks = (group: HTMLElement): string[] =>
      [...group.querySelectorAll('.chip')].map((chip) => chip.querySelector('.mark')?.textContent!.replace(/\s+/g, ' ').trim() ?? '');
    // Syrskyi paired right; Kirby paired with Syrskyi's role, his own marked as the right answer.
    expect(pairs.map(marks)).to.deep.equal([
      ['', '✓ Your answer'],
      ['✓ The right answer', '✗ Your answer'],
    ]);
    expect(pairs.map((p) => p.className.trim())).to.deep.equal(['pair right', 'pair wrong']);
    expect(pairs.map((p) => p.querySelector('legend')!.textContent)).to.deep.equal(['Oleksandr Syrskyi', 'John Kirby']);
    expect(el.shadowRoot!.querySelector('[part="feedback"]')!.textContent).to.contain('Partly right');
    await expect(el).to.be.accessible();
  });

  it('checked, each item of an ordering question says whether it is in its place, and if not, where it belongs', async () => {
    const q = byId('q.order') as Extract<Question, { kind: 'order' }>;
    const el = await host(q);
    // Right order: planes damaged (2), regions attacked (1), missiles and drones launched (0).
    el.answer = [1, 2, 0];
    el.check = checkAnswer(q, [1, 2, 0]);
    el.requestUpdate();
    await el.updateComplete;
    const items = [...el.shadowRoot!.querySelectorAll<HTMLElement>('.order li')];
    expect(items.map((li) => li.textContent!.replace(/\s+/g, ' ').trim())).to.deep.equal([
      'regions attacked ✗ Belongs in place 2',
      'planes damaged ✗ Belongs in place 1',
      'missiles and drones launched ✓ In the right place',
    ]);
    expect(el.shadowRoot!.querySelectorAll('.order button'), 'no move buttons once checked').to.have.length(0);
    await expect(el).to.be.accessible();
  });

  it('choice: arrows move between the radios and Enter submits', async () => {
    const el = await host(byId('q.choice'));
    el.shadowRoot!.querySelector<HTMLInputElement>('input[type="radio"]')!.focus();
    await sendKeys({ press: 'ArrowDown' });
    await el.updateComplete;
    expect(el.answer).to.equal(1);
    await sendKeys({ press: 'Enter' });
    expect(el.submitted).to.equal(1);
    expect(checkAnswer(el.question, el.answer).correct).to.equal(true);
  });

  it('text: typed answer kept, Enter submits, and a near spelling is accepted', async () => {
    const el = await host(byId('q.text'));
    el.shadowRoot!.querySelector<HTMLInputElement>('input#typed')!.focus();
    await sendKeys({ type: 'Syrskyj' });
    await el.updateComplete;
    expect(el.answer).to.equal('Syrskyj');
    await sendKeys({ press: 'Enter' });
    expect(el.submitted).to.equal(1);
    expect(checkAnswer(el.question, el.answer).correct).to.equal(true);
  });

  it('text: an answer typed in another form or in a sentence shows what it was taken for; a near miss is wrong with the answer', async () => {
    const feedbackFor = async (typed: string) => {
      const el = await host(byId('q.text'));
      el.shadowRoot!.querySelector<HTMLInputElement>('input#typed')!.focus();
      await sendKeys({ type: typed });
      await sendKeys({ press: 'Enter' });
      el.check = checkAnswer(el.question, el.answer);
      el.requestUpdate();
      await el.updateComplete;
      return el.shadowRoot!.querySelector('[part="feedback"]')!.textContent!.replace(/\s+/g, ' ');
    };
    for (const typed of ['it was syrskyj', 'I think Sirsky.', 'syrskyi']) {
      const feedback = await feedbackFor(typed);
      expect(feedback, typed).to.contain('Right').and.to.contain('The answer: Oleksandr Syrskyi');
    }
    for (const typed of ['Syrskyi and Putin', 'not Syrskyi', 'Putin']) {
      const feedback = await feedbackFor(typed);
      expect(feedback, typed).to.contain('Wrong').and.to.contain('The answer: Oleksandr Syrskyi');
    }
  });

  it('number: the field names the unit; words count as numbers', async () => {
    const el = await host(byId('q.number'));
    const input = el.shadowRoot!.querySelector<HTMLInputElement>('input#typed')!;
    expect(input.labels![0]!.textContent).to.equal('Your answer (cargo planes)');
    input.focus();
    await sendKeys({ type: 'four' });
    await sendKeys({ press: 'Enter' });
    expect(el.submitted).to.equal(1);
    expect(checkAnswer(el.question, el.answer).correct).to.equal(true);
  });

  it('number without a unit (a year): a plain label', async () => {
    const el = await host({ ...byId('q.number'), unit: '' } as Question);
    const input = el.shadowRoot!.querySelector<HTMLInputElement>('input#typed')!;
    expect(input.labels![0]!.textContent).to.equal('Your answer');
    expect(input.inputMode).to.equal('decimal');
  });

  it('cloze: the sentence shows the blank and describes the field', async () => {
    const el = await host(byId('q.cloze'));
    const root = el.shadowRoot!;
    const input = root.querySelector<HTMLInputElement>('input#typed')!;
    expect(root.getElementById(input.getAttribute('aria-describedby')!)!.textContent!.replace(/\s+/g, ' ').trim()).to.equal(
      'Drones damaged planes at _____(The missing words) near Estonia.',
    );
    input.focus();
    await sendKeys({ type: 'Pskov' });
    await el.updateComplete;
    expect(checkAnswer(el.question, el.answer).correct).to.equal(true);
  });

  it('match: a group of radios per item, named by it, chosen by keyboard', async () => {
    const el = await host(byId('q.match'));
    const groups = [...el.shadowRoot!.querySelectorAll('fieldset.pair')];
    expect(groups.map((g) => g.querySelector('legend')!.textContent)).to.deep.equal(['Oleksandr Syrskyi', 'John Kirby']);
    expect(groups.map((g) => [...g.querySelectorAll('label')].map((l) => l.textContent!.trim()))).to.deep.equal([
      ['White House spokesperson', 'Ukrainian commander-in-chief'],
      ['White House spokesperson', 'Ukrainian commander-in-chief'],
    ]);
    groups[0]!.querySelector('input')!.focus();
    await sendKeys({ press: 'ArrowDown' }); // -> the second role, chosen
    await sendKeys({ press: 'Tab' }); // -> the next person's group
    await sendKeys({ press: 'Space' }); // -> its first role, chosen
    await el.updateComplete;
    expect(el.answer).to.deep.equal([1, 0]);
    expect(checkAnswer(el.question, el.answer).correct).to.equal(true);
  });

  for (const id of ['q.support', 'q.claim', 'q.reason']) {
    it(`${id.slice(2)}: arrows move between the statements and Enter submits; checked, the pick and the right one are marked`, async () => {
      const el = await host(byId(id));
      el.shadowRoot!.querySelector<HTMLInputElement>('input[type="radio"]')!.focus();
      await sendKeys({ press: 'ArrowDown' });
      await el.updateComplete;
      expect(el.answer).to.equal(1);
      await sendKeys({ press: 'Enter' });
      expect(el.submitted).to.equal(1);
      el.check = checkAnswer(el.question, 2);
      el.answer = 2;
      el.requestUpdate();
      await el.updateComplete;
      const labels = [...el.shadowRoot!.querySelectorAll('label.option')];
      expect(labels[2]!.textContent).to.contain('Your answer').and.to.contain('✗');
      expect(labels[(el.question as { correct: number }).correct]!.textContent).to.contain('The right answer').and.to.contain('✓');
      await expect(el).to.be.accessible();
    });
  }

  it('sequence: the events move up and down by keyboard into the order they happened', async () => {
    const el = await host(byId('q.sequence'));
    const root = el.shadowRoot!;
    const items = (): string[] => [...root.querySelectorAll('.order li span.text')].map((s) => s.textContent!);
    expect(root.querySelector('fieldset .muted')!.textContent).to.contain('earliest');
    // Drones first: move it up from place 2 to place 1.
    root.querySelector<HTMLButtonElement>('[data-move="-1"][data-place="1"]')!.focus();
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    await el.updateComplete;
    expect(items()[0]).to.equal('Drones damage the planes');
    // The videos before the repairs: move "The governor promises repairs" down.
    root.querySelector<HTMLButtonElement>('[data-move="1"][data-place="1"]')!.focus();
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    await el.updateComplete;
    expect(items()).to.deep.equal(['Drones damage the planes', 'The governor posts videos of the fire', 'The governor promises repairs']);
    expect(checkAnswer(el.question, el.answer).correct).to.equal(true);
  });

  it('order: move-up and move-down buttons, focus follows the item, the ends keep focus', async () => {
    const el = await host(byId('q.order'));
    const root = el.shadowRoot!;
    const items = (): string[] => [...root.querySelectorAll('.order li span')].map((s) => s.textContent!);
    expect(items()).to.deep.equal(['missiles and drones launched', 'regions attacked', 'planes damaged']);
    const up = root.querySelector<HTMLButtonElement>('[data-move="-1"][data-place="2"]')!;
    expect(up.getAttribute('aria-label')).to.equal('Move “planes damaged” up');
    up.focus();
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    await el.updateComplete;
    expect(items()).to.deep.equal(['missiles and drones launched', 'planes damaged', 'regions attacked']);
    expect(active(el)!.getAttribute('aria-label')).to.equal('Move “planes damaged” up');
    await sendKeys({ press: 'Space' });
    await el.updateComplete;
    await el.updateComplete;
    expect(items()[0]).to.equal('planes damaged');
    // At the top the button stays focusable but does nothing.
    expect(active(el)!.getAttribute('aria-disabled')).to.equal('true');
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    expect(items()[0]).to.equal('planes damaged');
    const down = root.querySelector<HTMLButtonElement>('[data-move="1"][data-place="1"]')!;
    down.focus();
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    await el.updateComplete;
    expect(items()).to.deep.equal(['planes damaged', 'regions attacked', 'missiles and drones launched']);
    expect(checkAnswer(el.question, el.answer).correct).to.equal(true);
  });
});
