/**
 * `news-quiz validate FILE...`: checks fact banks and prints one line per problem,
 * `FILE:LINE:COL: PATH: message`, the form editors and CI logs link to.
 */
import { readFile } from 'node:fs/promises';
import { parseBank } from '../domain/validate.js';
import type { Problem } from '../domain/validate.js';
import type { Command } from './io.js';

const usage = `Usage: news-quiz validate [--json] FILE...

Checks each fact bank against the format (docs/bank-format.md) and prints one line
per problem as FILE:LINE:COL: PATH: message, or FILE: ok (...) for a valid bank.

Options:
  --json    print the outcome as JSON, one object per file:
            { "file", "ok", "error"?, "problems": [{ "path", "message", "line", "column" }], "counts"? }
  --help    print this text

Exit status: 0 every bank is valid, 1 a problem was found or a file could not be read, 2 usage error.`;

/** The outcome for one file. */
interface Outcome {
  file: string;
  ok: boolean;
  /** Set when the file could not be read. */
  error?: string;
  problems: Problem[];
  counts?: { facts: number; entities: number; articles: number };
}

const reasons: Record<string, string> = {
  ENOENT: 'no such file',
  EISDIR: 'it is a directory',
  EACCES: 'permission denied',
  EPERM: 'permission denied',
};

async function check(file: string): Promise<Outcome> {
  let bytes: Uint8Array;
  try {
    bytes = await readFile(file);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code ?? '';
    return { file, ok: false, error: `cannot read: ${reasons[code] ?? (error as Error).message}`, problems: [] };
  }
  let text: string;
  try {
    // A BOM is kept here so that parseBank, which ignores it, is the one place that decides.
    text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(bytes);
  } catch {
    return { file, ok: false, error: 'cannot read: the file is not valid UTF-8', problems: [] };
  }
  const { bank, problems } = parseBank(text);
  if (!bank) return { file, ok: false, problems };
  return { file, ok: true, problems: [], counts: { facts: bank.facts.length, entities: bank.entities.length, articles: bank.articles.length } };
}

const line = (file: string, problem: Problem): string =>
  problem.line === undefined ? `${file}: ${problem.path}: ${problem.message}` : `${file}:${problem.line}:${problem.column}: ${problem.path}: ${problem.message}`;

const count = (n: number, one: string, many: string): string => `${n} ${n === 1 ? one : many}`;

/** `news-quiz validate`: see {@link usage}. */
export const validateCommand: Command = async (args, io) => {
  if (args.includes('--help') || args.includes('-h')) {
    io.out(usage);
    return 0;
  }
  const json = args.includes('--json');
  const unknown = args.find((arg) => arg.startsWith('-') && arg !== '--json');
  const files = args.filter((arg) => arg !== '--json');
  if (unknown !== undefined) {
    io.err(`news-quiz validate: unknown option "${unknown}".\n\n${usage}`);
    return 2;
  }
  if (files.length === 0) {
    io.err(`news-quiz validate: name at least one bank file.\n\n${usage}`);
    return 2;
  }
  const outcomes: Outcome[] = [];
  for (const file of files) outcomes.push(await check(file));

  if (json) {
    io.out(JSON.stringify(outcomes, null, 2));
  } else {
    const lines: string[] = [];
    for (const outcome of outcomes) {
      if (outcome.error) lines.push(`${outcome.file}: ${outcome.error}`);
      else if (outcome.counts) {
        const { facts, entities, articles } = outcome.counts;
        lines.push(`${outcome.file}: ok (${count(facts, 'fact', 'facts')}, ${count(entities, 'entity', 'entities')}, ${count(articles, 'article', 'articles')})`);
      } else lines.push(...outcome.problems.map((problem) => line(outcome.file, problem)));
    }
    io.out(lines.join('\n'));
  }
  return outcomes.every((outcome) => outcome.ok) ? 0 : 1;
};
