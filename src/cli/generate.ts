/**
 * `news-quiz generate BANK`: prints a seeded quiz (or, with `--all`, every
 * question the bank can make) as JSON.
 */
import { GenerateError, candidates, generate } from '../domain/generate.js';
import type { Quiz } from '../domain/question.js';
import { UsageError, command, loadBank } from './io.js';
import { EXIT_USAGE, QUIZ_OPTIONS, QUIZ_USAGE, quizOptions } from './quiz-options.js';

const usage = `Usage: news-quiz generate BANK [--seed S] [--count N] [--kinds k1,k2] [--difficulty D] [--articles a1,a2] [--all]

Prints a quiz generated from the fact bank BANK as JSON:
{ "bank", "seed", "questions": [ { "id", "kind", "prompt", "options"?, "answerText", "facts",
  "article", "paragraph", "difficulty", "explanation", ...the kind's own fields } ] }

Options:
${QUIZ_USAGE}
  --all             every question the bank can make (sorted by id) instead of a quiz
  --help            print this text

${EXIT_USAGE}`;

/** `news-quiz generate`: see {@link usage}. */
export const generateCommand = command('generate', {
  usage,
  options: { ...QUIZ_OPTIONS, all: { type: 'boolean' } },
  async run(values, files, io) {
    if (files.length !== 1) throw new UsageError(files.length ? `name one bank file, not ${files.length}` : 'name the bank file');
    if (values.all && values.count !== undefined) throw new UsageError('--all prints every question; leave out --count');
    const options = quizOptions(values);
    const file = files[0]!;
    const bank = await loadBank('generate', file, io, 'generated');
    if (!bank) return 1;
    let quiz: Quiz;
    try {
      quiz = values.all ? { bank: bank.id, seed: options.seed, questions: candidates(bank, options) } : generate(bank, options);
    } catch (error) {
      if (!(error instanceof GenerateError)) throw error;
      io.err(`news-quiz generate: ${file}: ${error.message}.`);
      return 1;
    }
    io.out(JSON.stringify(quiz, null, 2));
    return 0;
  },
});
