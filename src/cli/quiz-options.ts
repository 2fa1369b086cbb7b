/** The options that shape a quiz, read the same way by `generate` and `export`, and the quiz they make. */
import { DEFAULT_COUNT, DEFAULT_SEED, GenerateError } from '../domain/generate.js';
import { QUESTION_KINDS, type GenerateOptions, type QuestionKind, type Quiz } from '../domain/question.js';
import { UsageError, listOption, type Io, type OptionValues } from './io.js';

/** `--seed`, `--count`, `--kinds`, `--difficulty`, `--articles`, for `parseArgs`. */
export const QUIZ_OPTIONS = {
  seed: { type: 'string' },
  count: { type: 'string' },
  kinds: { type: 'string' },
  difficulty: { type: 'string' },
  articles: { type: 'string' },
} as const;

/** Their lines in a command's usage. */
export const QUIZ_USAGE = `  --seed S          any text; the same bank, seed and options give the same quiz (default "${DEFAULT_SEED}")
  --count N         how many questions (default ${DEFAULT_COUNT})
  --kinds k1,k2     only these kinds: ${QUESTION_KINDS.join(', ')}
  --difficulty D    only questions of difficulty D (1 easy, 2, 3 hard)
  --articles a1,a2  only questions from these article ids`;

/** The exit statuses, as every command's usage gives them. */
export const EXIT_USAGE = `Exit status: 0 done, 1 the file cannot be read, the bank has problems, or the quiz cannot be made
from it as asked (too many questions, an article it lacks), 2 usage error (an unknown option or
kind, a value out of range).`;

/**
 * The generator's options from the command line; a value that no bank could satisfy (a count that
 * is not a whole number of at least 1, a difficulty other than 1 to 3, an unknown kind, an empty
 * list) is a {@link UsageError}. Articles are checked against the bank by the generator.
 */
export function quizOptions(values: OptionValues<typeof QUIZ_OPTIONS>): GenerateOptions {
  const options: GenerateOptions = { seed: values.seed ?? DEFAULT_SEED };
  if (values.count !== undefined) {
    if (!/^\d+$/.test(values.count) || Number(values.count) < 1) {
      throw new UsageError(`--count must be a whole number of at least 1; got "${values.count}"`);
    }
    options.count = Number(values.count);
  }
  if (values.difficulty !== undefined) {
    if (!/^[123]$/.test(values.difficulty)) throw new UsageError(`--difficulty must be 1, 2 or 3; got "${values.difficulty}"`);
    options.difficulty = Number(values.difficulty) as 1 | 2 | 3;
  }
  if (values.kinds !== undefined) {
    const kinds = listOption('--kinds', values.kinds, 'question kind');
    const unknown = kinds.filter((kind) => !(QUESTION_KINDS as readonly string[]).includes(kind));
    if (unknown.length) {
      throw new UsageError(`unknown question kind ${unknown.map((k) => `"${k}"`).join(', ')}; the kinds are ${QUESTION_KINDS.join(', ')}`);
    }
    options.kinds = kinds as QuestionKind[];
  }
  if (values.articles !== undefined) options.articles = listOption('--articles', values.articles, 'article id');
  return options;
}

/** The quiz `make` gives, or `null` after saying why it cannot be made (`news-quiz NAME: FILE: reason.`). */
export function quizOrWhy(name: string, file: string, io: Io, make: () => Quiz): Quiz | null {
  try {
    return make();
  } catch (error) {
    if (!(error instanceof GenerateError)) throw error;
    io.err(`news-quiz ${name}: ${file}: ${error.message}.`);
    return null;
  }
}
