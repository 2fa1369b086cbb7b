import { readFile, writeFile } from 'node:fs/promises';
import { parseArgs } from 'node:util';
import type { Command } from './io.js';
import { parseBank } from '../domain/validate.js';
import { DEFAULT_COUNT, DEFAULT_SEED, GenerateError, generate } from '../domain/generate.js';
import { QUESTION_KINDS } from '../domain/question.js';
import type { GenerateOptions, QuestionKind } from '../domain/question.js';
import { toGift } from '../export/gift.js';
import { toWorksheet } from '../export/worksheet.js';

const FORMATS = ['gift', 'worksheet'] as const;

const usage = `Usage: news-quiz export BANK --format gift|worksheet [options]

Prints a quiz made from the fact bank BANK:
  gift       Moodle's GIFT format, to import into a Moodle question bank
  worksheet  a printable HTML worksheet with the answer key on its own page

Options:
  --format F        gift or worksheet (required)
  --seed S          the quiz code; the same seed gives the same quiz (default "${DEFAULT_SEED}")
  --count N         how many questions (default ${DEFAULT_COUNT})
  --kinds k1,k2     only these kinds: ${QUESTION_KINDS.join(', ')}
  --difficulty D    only questions of difficulty D (1 easy to 3 hard)
  --articles a1,a2  only questions from these article ids
  --title T         the worksheet's heading, or the Moodle category for GIFT
  --out FILE        write to FILE instead of standard output
  --help            show this help

Exit status: 0 done, 1 the bank has problems or the quiz cannot be made as asked, 2 usage error.`;

const list = (value: string | undefined) =>
  value === undefined
    ? undefined
    : value
        .split(',')
        .map((s) => s.trim())
        .filter(Boolean);

/** `news-quiz export BANK --format gift|worksheet`: a quiz for Moodle or for paper. */
export const exportCommand: Command = async (args, io) => {
  let parsed;
  try {
    parsed = parseArgs({
      args,
      allowPositionals: true,
      strict: true,
      options: {
        format: { type: 'string' },
        seed: { type: 'string' },
        count: { type: 'string' },
        kinds: { type: 'string' },
        difficulty: { type: 'string' },
        articles: { type: 'string' },
        title: { type: 'string' },
        out: { type: 'string' },
        help: { type: 'boolean', short: 'h' },
      },
    });
  } catch (error) {
    io.err(`news-quiz export: ${error instanceof Error ? error.message : String(error)}\n\n${usage}`);
    return 2;
  }
  const { values, positionals } = parsed;
  if (values.help) {
    io.out(usage);
    return 0;
  }
  if (positionals.length !== 1) {
    io.err(`news-quiz export: ${positionals.length ? `expected one bank file, got ${positionals.length}` : 'no bank file given'}.\n\n${usage}`);
    return 2;
  }
  if (values.format === undefined) {
    io.err(`news-quiz export: --format is required (gift or worksheet).\n\n${usage}`);
    return 2;
  }

  const file = positionals[0]!;
  const format = values.format;
  if (!(FORMATS as readonly string[]).includes(format)) {
    io.err(`news-quiz export: unknown format "${format}"; the formats are ${FORMATS.join(', ')}.`);
    return 1;
  }
  const options: GenerateOptions = { seed: values.seed ?? DEFAULT_SEED };
  if (values.count !== undefined) {
    if (!/^\d+$/.test(values.count) || Number(values.count) < 1) {
      io.err(`news-quiz export: --count must be a whole number of at least 1, got "${values.count}".\n\n${usage}`);
      return 2;
    }
    options.count = Number(values.count);
  }
  const kinds = list(values.kinds);
  if (kinds) {
    const unknown = kinds.filter((k) => !(QUESTION_KINDS as readonly string[]).includes(k));
    if (unknown.length || !kinds.length) {
      io.err(
        `news-quiz export: ${unknown.length ? `unknown question kind ${unknown.map((k) => `"${k}"`).join(', ')}` : 'no question kind given'}; the kinds are ${QUESTION_KINDS.join(', ')}.`,
      );
      return 1;
    }
    options.kinds = kinds as QuestionKind[];
  }
  if (values.difficulty !== undefined) {
    if (!/^[123]$/.test(values.difficulty)) {
      io.err(`news-quiz export: --difficulty must be 1, 2 or 3, got "${values.difficulty}".\n\n${usage}`);
      return 2;
    }
    options.difficulty = Number(values.difficulty) as 1 | 2 | 3;
  }

  let bytes: Uint8Array;
  try {
    bytes = await readFile(file);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    const reason = code === 'ENOENT' ? 'no such file' : code === 'EISDIR' ? 'it is a directory' : (error as Error).message;
    io.err(`news-quiz export: cannot read ${file}: ${reason}`);
    return 1;
  }
  let text: string;
  try {
    // Strict UTF-8: a file in another encoding is named as such, not read as mojibake.
    text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(bytes);
  } catch {
    io.err(`news-quiz export: cannot read ${file}: the file is not valid UTF-8`);
    return 1;
  }
  const { bank, problems } = parseBank(text);
  if (!bank) {
    io.err(
      problems
        .map((p) => `${file}${p.line !== undefined ? `:${p.line}:${p.column ?? 1}` : ''}: ${p.path}: ${p.message}`)
        .join('\n'),
    );
    io.err(`news-quiz export: ${file} is not a valid bank (${problems.length} problem${problems.length === 1 ? '' : 's'}); nothing exported.`);
    return 1;
  }
  const articles = list(values.articles);
  if (articles) {
    const unknown = articles.filter((id) => !bank.articles.some((a) => a.id === id));
    if (unknown.length || !articles.length) {
      io.err(
        `news-quiz export: ${file}: ${unknown.length ? `no article ${unknown.map((a) => `"${a}"`).join(', ')}` : 'no article given'}; the bank's articles are ${bank.articles.map((a) => a.id).join(', ')}.`,
      );
      return 1;
    }
    options.articles = articles;
  }

  let quiz;
  try {
    quiz = generate(bank, options);
  } catch (error) {
    if (error instanceof GenerateError) {
      io.err(`news-quiz export: ${file}: ${error.message}`);
      return 1;
    }
    throw error;
  }
  const title = values.title;
  const output =
    format === 'gift'
      ? toGift(quiz, title === undefined ? { bank } : { bank, title })
      : toWorksheet(quiz, bank, title === undefined ? {} : { title });
  if (values.out !== undefined) {
    try {
      await writeFile(values.out, output, 'utf8');
    } catch (error) {
      io.err(`news-quiz export: cannot write ${values.out}: ${(error as NodeJS.ErrnoException).code ?? String(error)}`);
      return 1;
    }
    io.err(`news-quiz export: wrote ${quiz.questions.length} questions (${format}) to ${values.out}`);
    return 0;
  }
  io.out(output);
  return 0;
};
