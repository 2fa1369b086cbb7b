/**
 * `news-quiz generate BANK`: prints a seeded quiz (or, with `--all`, every
 * question the bank can make) as JSON.
 */
import { allQuestions, generate } from '../domain/generate.js';
import { UsageError, command, loadBank, oneFile } from './io.js';
import { EXIT_USAGE, QUIZ_OPTIONS, QUIZ_USAGE, quizOptions, quizOrWhy } from './quiz-options.js';

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
    const file = oneFile(files, 'bank');
    if (values.all && values.count !== undefined) throw new UsageError('--all prints every question; leave out --count');
    const options = quizOptions(values);
    const bank = await loadBank('generate', file, io, 'generated');
    if (!bank) return 1;
    const quiz = quizOrWhy('generate', file, io, () =>
      values.all ? { bank: bank.id, seed: options.seed, questions: allQuestions(bank, options) } : generate(bank, options),
    );
    if (!quiz) return 1;
    io.out(JSON.stringify(quiz, null, 2));
    return 0;
  },
});
