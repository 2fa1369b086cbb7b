// Every typed question's shown answer, typed back, is accepted: for every question the banks the
// tests use can make (over many seeds), and for generated banks with figures, units and names of
// every sort the format allows (a figure of 1 and its singular unit, irregular plurals, decimals,
// twelve digits, names with accents, hyphens and digits).
import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import type { Bank, Fact, NumberSlot } from '../../src/domain/bank.js';
import { checkAnswer } from '../../src/domain/check.js';
import { allQuestions } from '../../src/domain/generate.js';
import type { Question } from '../../src/domain/question.js';
import { validateBank } from '../../src/domain/validate.js';

const BANKS = [
  '/questions/russia-ukraine-2024.json',
  '/test/fixtures/minimal-bank.json',
  '/test/fixtures/generator-bank.json',
  '/test/fixtures/element/small-bank.json',
  '/test/fixtures/element/payload-bank.json',
];

const TYPED = new Set(['text', 'number', 'cloze']);

/** The typed questions whose shown answer is not accepted when typed back, one line each. */
function refused(questions: Question[]): string[] {
  return questions
    .filter((q) => TYPED.has(q.kind) && !checkAnswer(q, q.answerText).correct)
    .map((q) => `${q.id}: "${q.answerText}"`);
}

describe('a typed question accepts its own shown answer', () => {
  for (const url of BANKS) {
    it(`for every question ${url} makes, over 50 seeds`, async () => {
      const bank = (await (await fetch(url)).json()) as Bank;
      let typed = 0;
      for (let seed = 0; seed < 50; seed++) {
        const questions = allQuestions(bank, { seed: `typed-back-${seed}` });
        typed += questions.filter((q) => TYPED.has(q.kind)).length;
        expect(refused(questions), `seed ${seed}`).to.deep.equal([]);
      }
      expect(typed, 'typed questions made').to.be.greaterThan(0);
    });
  }

  /** Units as a bank gives them: [plural, singular when it differs by more than an -s]. */
  const UNITS: [string, string | undefined][] = [
    ['miles', undefined],
    ['planes', undefined],
    ['cargo planes', 'cargo plane'],
    ['people', 'person'],
    ['children', 'child'],
    ['cities', 'city'],
    ['buses', 'bus'],
    ['lives', 'life'],
    ['women', 'woman'],
    ['feet', 'foot'],
    ['aircraft', 'aircraft'],
    ['series', 'series'],
    ['missiles and drones', 'missile or drone'],
    ['head of cattle', 'head of cattle'],
    ['kilometres of road', 'kilometre of road'],
    ['degrees below zero', 'degree below zero'],
    ['per cent', 'per cent'],
    ['degrees Celsius', 'degree Celsius'],
    ['points', undefined],
  ];

  /** Units of a scale that runs below zero: their figures may be negative. */
  const SIGNED = new Set(['degrees below zero', 'per cent', 'degrees Celsius', 'points']);

  const figure = fc.oneof(
    fc.constantFrom(0, 1, 2, 9, 10, 11, 12, 20, 21, 99, 100, 101, 1000, 1001, 2022, 10_000, 1_000_000, 999_999_999_999),
    fc.integer({ min: 0, max: 999_999_999_999 }),
    fc.integer({ min: 0, max: 100_000 }).map((n) => n / 100),
    fc.integer({ min: 0, max: 1_000_000 }).map((n) => n / 1_000_000),
  );
  const word = fc.stringMatching(/^[A-Z][a-zé]{2,7}$/);
  const name = fc.oneof(
    fc.array(word, { minLength: 1, maxLength: 3 }).map((w) => w.join(' ')),
    fc.tuple(fc.stringMatching(/^[A-Z]{1,3}$/), fc.integer({ min: 1, max: 999 })).map(([a, n]) => `${a}-${n}`),
    fc.constantFrom('Łódź airport', 'São Paulo', "Syrs'kyi", 'Kim Jong-un', 'World War II', 'The Hague', 'Île-de-France', 'O’Brien'),
  );

  /** A bank of one article with `figures` number facts and `names` entity facts. */
  function bankOf(figures: { n: number; unit: [string, string | undefined]; qualifier: NumberSlot['qualifier'] }[], names: string[]): Bank {
    const facts: Fact[] = [];
    figures.forEach(({ n, unit: [unit, unitSingular], qualifier }, i) => {
      const slot: NumberSlot = { number: n, unit, label: `things counted in fact ${i}`, ...(unitSingular ? { unitSingular } : {}), ...(qualifier ? { qualifier } : {}) };
      facts.push({
        id: `figure-${i}`,
        relation: `figure-${i}`,
        article: 'report',
        paragraph: 1,
        text: `The report counts {count} in case ${i}.`,
        slots: { count: slot },
        ask: { count: `How many did the report count in case ${i}?` },
      });
    });
    names.forEach((_, i) => {
      facts.push({
        id: `name-${i}`,
        relation: `name-${i}`,
        article: 'report',
        paragraph: 2,
        text: `The report names {place} as site ${i}.`,
        slots: { place: { entity: `place-${i}` } },
        ask: { place: `Which place does the report name as site ${i}?` },
      });
    });
    return {
      version: 1,
      id: 'typed-back',
      title: 'Typed back',
      language: 'en',
      articles: [{ id: 'report', title: 'A report', site: null, date: null, paragraphs: 3, summary: 'A report with figures and places.' }],
      types: [{ id: 'place', label: 'place', plural: 'places' }],
      entities: names.map((label, i) => ({ id: `place-${i}`, type: 'place', label })),
      facts,
    };
  }

  it('for generated banks: every figure, unit and name the format allows', () => {
    const figures = fc.array(
      fc
        .record({
          n: figure,
          negative: fc.boolean(),
          unit: fc.constantFrom(...UNITS),
          qualifier: fc.constantFrom(undefined, 'exactly', 'about', 'at-least', 'more-than', 'at-most', 'fewer-than') as fc.Arbitrary<NumberSlot['qualifier']>,
        })
        .map(({ n, negative, unit, qualifier }) => ({ n: negative && SIGNED.has(unit[0]) ? -n : n, unit, qualifier })),
      { minLength: 1, maxLength: 4 },
    );
    const names = fc.uniqueArray(name, { minLength: 1, maxLength: 4 });
    fc.assert(
      fc.property(figures, names, fc.string({ maxLength: 6 }), (f, n, seed) => {
        const bank = bankOf(f, n);
        fc.pre(validateBank(bank).length === 0);
        const questions = allQuestions(bank, { seed });
        expect(questions.some((q) => TYPED.has(q.kind))).to.equal(true);
        expect(refused(questions)).to.deep.equal([]);
      }),
      { numRuns: 1500 },
    );
  });

  it('"one mile", "one person", "one city", "one missile or drone" are accepted for a figure of 1', () => {
    for (const unit of UNITS) {
      const questions = allQuestions(bankOf([{ n: 1, unit, qualifier: undefined }], ['Pskov']), { seed: 'one' });
      const number = questions.find((q) => q.kind === 'number')!;
      expect(number.answerText).to.equal(`one ${unit[1] ?? unit[0].replace(/s$/, '')}`);
      expect(checkAnswer(number, number.answerText).correct, number.answerText).to.equal(true);
    }
  });
});
