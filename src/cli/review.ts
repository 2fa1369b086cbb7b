/**
 * `news-quiz review BANK`: prints the review sheet (HTML) of every question
 * the bank can make, with every distractor and false statement another seed
 * could show, the slots no question asks and the sentences to check.
 */
import { readFile, writeFile } from 'node:fs/promises';
import { parseArgs } from 'node:util';
import type { Command } from './io.js';
import { parseBank } from '../domain/validate.js';
import { DEFAULT_SEED } from '../domain/generate.js';
import { reviewBank } from '../domain/review.js';
import { toReviewSheet } from '../export/review.js';

const usage = `Usage: news-quiz review BANK [--seed S] [--out FILE]

Prints an HTML page with every question the fact bank BANK can make, each with its answer,
feedback and source, and what another seed could show instead (every distractor, every false
statement, every accepted form); then the slots no question asks, and why; and the sentences
that point outside themselves. Read it before a class sees the questions.

Options:
  --seed S      the seed for the questions shown (default "${DEFAULT_SEED}")
  --out FILE    write to FILE instead of standard output
  --help        show this help

Exit status: 0 done, 1 the bank cannot be read or has problems, 2 usage error.`;

/** `news-quiz review`: see {@link usage}. */
export const reviewCommand: Command = async (args, io) => {
  let parsed;
  try {
    parsed = parseArgs({
      args,
      allowPositionals: true,
      strict: true,
      options: { seed: { type: 'string' }, out: { type: 'string' }, help: { type: 'boolean', short: 'h' } },
    });
  } catch (error) {
    io.err(`news-quiz review: ${error instanceof Error ? error.message : String(error)}\n\n${usage}`);
    return 2;
  }
  const { values, positionals } = parsed;
  if (values.help) {
    io.out(usage);
    return 0;
  }
  if (positionals.length !== 1) {
    io.err(`news-quiz review: ${positionals.length ? `expected one bank file, got ${positionals.length}` : 'no bank file given'}.\n\n${usage}`);
    return 2;
  }
  const file = positionals[0]!;
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(await readFile(file));
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    const reason = code === 'ENOENT' ? 'no such file' : code === 'EISDIR' ? 'it is a directory' : code ? code : 'the file is not valid UTF-8';
    io.err(`news-quiz review: cannot read ${file}: ${reason}`);
    return 1;
  }
  const { bank, problems } = parseBank(text);
  if (!bank) {
    io.err(problems.map((p) => `${file}${p.line !== undefined ? `:${p.line}:${p.column ?? 1}` : ''}: ${p.path}: ${p.message}`).join('\n'));
    io.err(`news-quiz review: ${file} is not a valid bank (${problems.length} problem${problems.length === 1 ? '' : 's'}); nothing to review.`);
    return 1;
  }
  const review = reviewBank(bank, values.seed ?? DEFAULT_SEED);
  const html = toReviewSheet(review, bank);
  if (values.out !== undefined) {
    try {
      await writeFile(values.out, html, 'utf8');
    } catch (error) {
      io.err(`news-quiz review: cannot write ${values.out}: ${(error as NodeJS.ErrnoException).code ?? String(error)}`);
      return 1;
    }
    io.err(`news-quiz review: wrote ${review.entries.length} questions to ${values.out}`);
    return 0;
  }
  io.out(html);
  return 0;
};
