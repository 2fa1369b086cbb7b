/**
 * The question generator: every question a bank can make, and a seeded quiz
 * chosen from them. (First cut: true statements only; the full kinds follow.)
 */
import type { Bank } from './bank.js';
import type { GenerateOptions, Question, Quiz, QuestionKind } from './question.js';
import { QUESTION_KINDS } from './question.js';
import { shuffle, stream } from './random.js';

/** The seed used when none is given; printed in every quiz, so a quiz can always be made again. */
export const DEFAULT_SEED = 'news-quiz';

/** A quiz that cannot be made as asked; `message` says what is wrong. */
export class GenerateError extends Error {
  override name = 'GenerateError';
}

/** Options for {@link candidates}: those of {@link generate} without the count; the seed is optional. */
export type CandidateOptions = Omit<GenerateOptions, 'count' | 'seed'> & { seed?: string };

function checkKinds(kinds: readonly string[] | undefined): QuestionKind[] {
  if (!kinds) return [...QUESTION_KINDS];
  for (const kind of kinds) {
    if (!(QUESTION_KINDS as readonly string[]).includes(kind)) {
      throw new GenerateError(`unknown question kind "${kind}"; the kinds are ${QUESTION_KINDS.join(', ')}`);
    }
  }
  return [...kinds] as QuestionKind[];
}

/** Every question the bank can make with these options, sorted by id. */
export function candidates(bank: Bank, options: CandidateOptions = {}): Question[] {
  const kinds = checkKinds(options.kinds);
  const out: Question[] = [];
  if (!kinds.includes('truefalse')) return out;
  for (const fact of bank.facts) {
    if (options.articles && !options.articles.includes(fact.article)) continue;
    const statement = fact.text.replace(/\{(\w+)\}/g, (_, slot: string) => {
      const value = fact.slots[slot];
      if (!value) return slot;
      if ('entity' in value) return bank.entities.find((e) => e.id === value.entity)?.label ?? value.entity;
      if ('number' in value) return `${value.number} ${value.unit}`;
      return value.date;
    });
    out.push({
      id: `${fact.id}.statement.truefalse`,
      kind: 'truefalse',
      prompt: `True or false? ${statement}`,
      options: ['True', 'False'],
      correct: 0,
      answerText: 'True',
      facts: [fact.id],
      article: fact.article,
      paragraph: fact.paragraph,
      difficulty: 1,
      explanation: fact.explanation ?? statement,
    });
  }
  return out.sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}

/** A seeded quiz of `count` questions (default 10). Throws {@link GenerateError} when it cannot be made. */
export function generate(bank: Bank, options: GenerateOptions): Quiz {
  const count = options.count ?? 10;
  const pool = candidates(bank, options);
  if (count > pool.length) {
    throw new GenerateError(
      `the bank can make only ${pool.length} questions of the kinds asked (${checkKinds(options.kinds).join(', ')}); asked for ${count}`,
    );
  }
  const questions = shuffle(stream(options.seed, 'select'), pool).slice(0, count);
  return { bank: bank.id, seed: options.seed, questions };
}
