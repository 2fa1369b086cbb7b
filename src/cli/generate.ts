/**
 * `news-quiz generate BANK`: prints a seeded quiz (or, with `--all`, every
 * question the bank can make) as JSON.
 */
import { readFile } from 'node:fs/promises';
import { parseBank } from '../domain/validate.js';
import type { Problem } from '../domain/validate.js';
import { DEFAULT_COUNT, DEFAULT_SEED, GenerateError, candidates, generate } from '../domain/generate.js';
import type { GenerateOptions, Quiz } from '../domain/question.js';
import { QUESTION_KINDS } from '../domain/question.js';
import type { Command } from './io.js';

const usage = `Usage: news-quiz generate BANK [--seed S] [--count N] [--kinds k1,k2] [--difficulty D] [--articles a1,a2] [--all]

Prints a quiz generated from the fact bank BANK as JSON:
{ "bank", "seed", "questions": [ { "id", "kind", "prompt", "options"?, "answerText", "facts",
  "article", "paragraph", "difficulty", "explanation", ...the kind's own fields } ] }

Options:
  --seed S          any text; the same bank, seed and options give the same quiz (default "${DEFAULT_SEED}")
  --count N         how many questions (default ${DEFAULT_COUNT})
  --kinds k1,k2     only these kinds: ${QUESTION_KINDS.join(', ')}
  --difficulty D    only questions of difficulty D (1 easy, 2, 3 hard)
  --articles a1,a2  only questions from these article ids
  --all             every question the bank can make (sorted by id) instead of a quiz
  --help            print this text

Exit status: 0 done, 1 the bank has problems or the quiz cannot be made as asked, 2 usage error.`;

const VALUE_OPTIONS = ['--seed', '--count', '--kinds', '--difficulty', '--articles'] as const;

type Parsed = { bank: string; all: boolean; values: Partial<Record<(typeof VALUE_OPTIONS)[number], string>> };

/** The arguments, or a usage error message. */
function parseArgs(args: string[]): Parsed | string {
  const values: Parsed['values'] = {};
  const files: string[] = [];
  let all = false;
  for (let i = 0; i < args.length; i++) {
    const arg = args[i]!;
    const eq = arg.indexOf('=');
    const name = arg.startsWith('--') && eq > 0 ? arg.slice(0, eq) : arg;
    if (name === '--all') {
      all = true;
    } else if ((VALUE_OPTIONS as readonly string[]).includes(name)) {
      const value = eq > 0 && name !== arg ? arg.slice(eq + 1) : args[++i];
      if (value === undefined) return `${name} needs a value`;
      values[name as (typeof VALUE_OPTIONS)[number]] = value;
    } else if (arg.startsWith('-') && arg !== '-') {
      return `unknown option "${arg}"`;
    } else {
      files.push(arg);
    }
  }
  if (files.length !== 1) return files.length ? `name one bank file, not ${files.length}` : 'name the bank file';
  if (all && values['--count'] !== undefined) return '--all prints every question; leave out --count';
  return { bank: files[0]!, all, values };
}

const list = (s: string) =>
  s
    .split(',')
    .map((x) => x.trim())
    .filter(Boolean);

const problemLine = (file: string, p: Problem): string =>
  p.line === undefined ? `${file}: ${p.path}: ${p.message}` : `${file}:${p.line}:${p.column}: ${p.path}: ${p.message}`;

/** `news-quiz generate`: see {@link usage}. */
export const generateCommand: Command = async (args, io) => {
  if (args.includes('--help') || args.includes('-h')) {
    io.out(usage);
    return 0;
  }
  const parsed = parseArgs(args);
  if (typeof parsed === 'string') {
    io.err(`news-quiz generate: ${parsed}.\n\n${usage}`);
    return 2;
  }
  const { values } = parsed;
  const options: Omit<GenerateOptions, 'seed'> = {};
  if (values['--count'] !== undefined) {
    if (!/^\d+$/.test(values['--count']) || Number(values['--count']) < 1) {
      io.err(`news-quiz generate: --count must be a whole number of at least 1; got "${values['--count']}".`);
      return 2;
    }
    options.count = Number(values['--count']);
  }
  if (values['--difficulty'] !== undefined) {
    if (!/^[123]$/.test(values['--difficulty'])) {
      io.err(`news-quiz generate: --difficulty must be 1, 2 or 3; got "${values['--difficulty']}".`);
      return 2;
    }
    options.difficulty = Number(values['--difficulty']) as 1 | 2 | 3;
  }
  if (values['--kinds'] !== undefined) options.kinds = list(values['--kinds']) as GenerateOptions['kinds'];
  if (values['--articles'] !== undefined) options.articles = list(values['--articles']);
  const seed = values['--seed'] ?? DEFAULT_SEED;

  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(await readFile(parsed.bank));
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    const reason = code === 'ENOENT' ? 'no such file' : code === 'EISDIR' ? 'it is a directory' : code ? (error as Error).message : 'the file is not valid UTF-8';
    io.err(`${parsed.bank}: cannot read: ${reason}`);
    return 1;
  }
  const { bank, problems } = parseBank(text);
  if (!bank) {
    io.err(problems.map((p) => problemLine(parsed.bank, p)).join('\n'));
    io.err(`news-quiz generate: ${parsed.bank} is not a valid bank (${problems.length} problem${problems.length === 1 ? '' : 's'}); nothing generated.`);
    return 1;
  }
  let quiz: Quiz;
  try {
    quiz = parsed.all
      ? { bank: bank.id, seed, questions: candidates(bank, { ...options, seed }) }
      : generate(bank, { ...options, seed });
  } catch (error) {
    if (error instanceof GenerateError) {
      io.err(`news-quiz generate: ${parsed.bank}: ${error.message}`);
      return 1;
    }
    throw error;
  }
  io.out(JSON.stringify(quiz, null, 2));
  return 0;
};
