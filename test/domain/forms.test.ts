// The forms a teacher reads: figures as options in one form (decimals, separators, money), never the
// answer rounded; names a slot accepts never offered as wrong; no person swapped into a sentence whose
// pronoun stands for them; one of a list of names asked only as a blank; a cloze that gives nothing away.
import { expect } from '@open-wc/testing';
import { allQuestions } from '../../src/domain/generate.js';
import { parseBank } from '../../src/domain/parse.js';
import { formatFigures } from '../../src/domain/render.js';
import type { Bank } from '../../src/domain/bank.js';
import type { ChoiceQuestion, ClozeQuestion, NumberQuestion, Question, TrueFalseQuestion } from '../../src/domain/question.js';

const person = (id: string, label: string) => ({ id, type: 'member', label });

const BANK = {
  version: 2,
  id: 'forms',
  title: 'A city budget and an earthquake',
  language: 'en',
  articles: [
    { id: 'budget', title: 'A council splits over the budget', site: null, date: '2024-06-01', paragraphs: 9, summary: 'The council votes on a tax increase.' },
    { id: 'quake', title: 'A strong earthquake strikes', site: null, date: '2023-02-06', paragraphs: 5, summary: 'A strong quake and its toll.' },
  ],
  types: [
    { id: 'member', label: 'council member', plural: 'council members', ask: 'Who' },
    { id: 'place', label: 'place', plural: 'places' },
  ],
  entities: [
    person('niland', 'Cortney Niland'),
    person('limon', 'Lily Limon'),
    person('ordaz', 'Claudia Ordaz'),
    person('svarzbein', 'Peter Svarzbein'),
    person('robinson', 'Carl Robinson'),
    person('acosta', 'Emma Acosta'),
    person('noe', 'Michiel Noe'),
    person('tolbert', 'Jim Tolbert'),
    { id: 'el-paso', type: 'place', label: 'El Paso' },
  ],
  facts: [
    {
      id: 'monthly-cost', relation: 'monthly-cost', article: 'budget', paragraph: 2,
      text: 'The tax increase would cost residents an extra {cost}.',
      slots: { cost: { number: 2.49, unit: 'dollars a month', label: 'extra dollars a month' } },
      ask: { cost: 'How much more a month would residents pay under the tax increase?' },
    },
    {
      id: 'savings-found', relation: 'savings-found', article: 'budget', paragraph: 3,
      text: 'The council had found {savings} in savings weeks before the vote.',
      slots: { savings: { number: 3, unit: 'million dollars', label: 'savings found' } },
    },
    {
      id: 'voted-against', relation: 'voted-against', article: 'budget', paragraph: 4,
      text: 'Representatives {a}, {b}, {c} and {d} voted against the budget.',
      slots: { a: { entity: 'niland' }, b: { entity: 'limon' }, c: { entity: 'ordaz' }, d: { entity: 'svarzbein' } },
    },
    {
      id: 'no-reason', relation: 'no-reason', article: 'budget', paragraph: 5,
      text: '{member} voted no and said she saw only budgeting tactics in the new plan.',
      slots: { member: { entity: 'acosta', accept: ['Carl Robinson'] } },
    },
    {
      id: 'magnitude', relation: 'magnitude', article: 'quake', paragraph: 1,
      text: 'The earthquake measured {magnitude}.',
      slots: { magnitude: { number: 7.8, unit: 'magnitude', label: 'magnitude of the quake' } },
      ask: { magnitude: 'What magnitude did the earthquake measure?' },
    },
    {
      id: 'toll', relation: 'toll', article: 'quake', paragraph: 2,
      text: 'Officials said the quake killed {dead}.',
      slots: { dead: { number: 11000, qualifier: 'more-than', unit: 'people', label: 'people killed' } },
    },
    {
      id: 'winners', relation: 'winners', article: 'quake', paragraph: 3,
      text: 'The rescue team counted {winners} among its volunteers.',
      slots: { winners: { number: 1, qualifier: 'at-least', unit: 'doctors', unitSingular: 'doctor', label: 'doctors among the volunteers' } },
    },
  ],
};

let bank: Bank;
let all: Question[];

before(() => {
  const parsed = parseBank(JSON.stringify(BANK));
  expect(parsed.problems, JSON.stringify(parsed.problems)).to.deep.equal([]);
  bank = parsed.bank!;
  all = [];
  for (const seed of ['a', 'b', 'c', 'd', 'e', 'f']) all.push(...allQuestions(bank, { seed }));
});

const of = <Q extends Question>(id: string): Q[] => all.filter((q) => q.id === id) as Q[];

describe('forms: figures as options', () => {
  it('writes figures side by side in one form: the decimals of the most precise, thousands grouped when any is', () => {
    expect(formatFigures([7.6, 7.8, 8, 8.2])).to.deep.equal(['7.6', '7.8', '8.0', '8.2']);
    expect(formatFigures([5000, 11000, 15000, 20000])).to.deep.equal(['5,000', '11,000', '15,000', '20,000']);
    expect(formatFigures([2022, 4000])).to.deep.equal(['2022', '4000']);
    expect(formatFigures([853.8, 953.8, 1003.8, 1103.8])).to.deep.equal(['853.8', '953.8', '1,003.8', '1,103.8']);
  });

  it('never offers the answer rounded, nor a figure more precise than the answer', () => {
    const magnitude = of<ChoiceQuestion>('magnitude.magnitude.choice');
    expect(magnitude).to.not.be.empty;
    for (const q of magnitude) {
      expect(q.options).to.not.include('8.0');
      expect(q.options).to.not.include('8');
      for (const o of q.options) expect(o).to.match(/^\d+\.\d$/);
    }
    for (const q of of<TrueFalseQuestion>('magnitude.truefalse')) expect(q.prompt).to.not.match(/measured (?:8|eight)(?![.\d])/);
  });

  it('writes money with its sign, in options where the question does not name the unit, in statements and answers', () => {
    const cost = of<ChoiceQuestion>('monthly-cost.cost.choice');
    expect(cost).to.not.be.empty;
    for (const q of cost) {
      for (const o of q.options) expect(o).to.match(/^\$\d+\.\d\d a month$/);
      expect(q.options.some((o) => /\.\d{3}/.test(o))).to.equal(false);
    }
    for (const q of of<NumberQuestion>('monthly-cost.cost.number')) expect(q.answerText).to.equal('$2.49 a month');
    for (const q of of<TrueFalseQuestion>('monthly-cost.truefalse')) expect(q.prompt).to.match(/an extra \$\d+\.\d\d a month\. True or false\?$/);
    for (const q of of<ClozeQuestion>('savings-found.savings.cloze')) {
      expect(q.before.endsWith('$')).to.equal(true);
      expect(q.after.startsWith(' million')).to.equal(true);
    }
  });
});

describe('forms: names', () => {
  it('never offers a name the slot accepts as a wrong option, nor swaps it into a false statement', () => {
    const shown = all.filter((q) => q.facts.includes('no-reason'));
    expect(shown).to.not.be.empty;
    for (const q of shown) {
      const options = (q as ChoiceQuestion).options ?? [];
      if (q.kind === 'choice') expect(options).to.not.include('Carl Robinson');
    }
  });

  it('never swaps a person into a sentence whose pronoun stands for them', () => {
    expect(of('no-reason.truefalse').every((q) => q.answerText === 'True')).to.equal(true);
    for (const q of all.filter((x) => x.kind === 'support')) {
      for (const o of (q as unknown as ChoiceQuestion).options) if (/said she saw only budgeting tactics/.test(o)) expect(o).to.match(/^Emma Acosta /);
    }
  });

  it('asks one of a list of names only as a blank, never as "Representatives who, ..."', () => {
    for (const q of all.filter((x) => x.facts.includes('voted-against') && (x.kind === 'choice' || x.kind === 'text'))) {
      expect(q.prompt).to.not.match(/who,|which council member,/i);
    }
  });
});

describe('forms: a cloze gives nothing away', () => {
  it('is never made for a figure of one, which the singular after the blank would show', () => {
    expect(of('winners.winners.cloze')).to.be.empty;
  });
});
