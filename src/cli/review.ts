/**
 * `news-quiz review BANK`: prints the review sheet (HTML) of every question
 * the bank can make, with every distractor and false statement another seed
 * could show, the slots no question asks and the sentences to check.
 */
import { DEFAULT_SEED } from '../domain/generate.js';
import { reviewBank } from '../domain/review.js';
import { toReviewSheet } from '../export/review.js';
import { command, loadBank, oneFile, writeOutput } from './io.js';

const usage = `Usage: news-quiz review BANK [--seed S] [--out FILE]

Prints an HTML page with every question the fact bank BANK can make, each with its answer,
feedback and source, and what another seed could show instead (every distractor, every false
statement, every accepted form); then the slots no question asks, and why; and the sentences
to check: those that point outside themselves, and explanations that only restate their fact or
do not name the answer they explain. Read it before a class sees the questions.

Options:
  --seed S      the seed for the questions shown (default "${DEFAULT_SEED}")
  --out FILE    write to FILE instead of standard output
  --help        print this text

Exit status: 0 done, 1 the bank cannot be read or has problems, 2 usage error.`;

/** `news-quiz review`: see {@link usage}. */
export const reviewCommand = command('review', {
  usage,
  options: { seed: { type: 'string' }, out: { type: 'string' } },
  async run(values, files, io) {
    const file = oneFile(files, 'bank');
    const bank = await loadBank('review', file, io, 'to review');
    if (!bank) return 1;
    const review = reviewBank(bank, values.seed ?? DEFAULT_SEED);
    return writeOutput('review', values.out, toReviewSheet(review, bank), `${review.entries.length} questions`, io);
  },
});
