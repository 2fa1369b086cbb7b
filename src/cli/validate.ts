/**
 * `news-quiz validate FILE...`: checks fact banks and prints one line per problem,
 * `FILE:LINE:COL: PATH: message`, the form editors and CI logs link to.
 */
import { parseBank } from '../domain/parse.js';
import type { Problem } from '../domain/validate.js';
import { MAX_BANK_BYTES, formatBytes } from '../input/text-file.js';
import { DEFAULT_MAX_PROBLEMS, UsageError, command, problemLines, readText } from './io.js';

const usage = `Usage: news-quiz validate [--json] [--max-problems N] FILE...

Checks each fact bank against the format (docs/bank-format.md) and prints one line
per problem as FILE:LINE:COL: PATH: message, or FILE: ok (...) for a valid bank.
A bank may be at most ${formatBytes(MAX_BANK_BYTES)}.

Options:
  --json            print the outcome as JSON, one object per file, every problem:
                    { "file", "ok", "error"?, "problems": [{ "path", "message", "line", "column" }], "counts"? }
  --max-problems N  print at most N problems per file, then how many more (default ${DEFAULT_MAX_PROBLEMS}; 0 for all)
  --help            print this text

Exit status: 0 every bank is valid, 1 a problem was found or a file could not be read, 2 usage error.`;

/** The outcome for one file. */
interface Outcome {
  file: string;
  ok: boolean;
  /** Set when the file could not be read: why. */
  error?: string;
  problems: Problem[];
  counts?: { facts: number; entities: number; articles: number };
}

async function check(file: string): Promise<Outcome> {
  const read = await readText(file, 'bank');
  if (read.error !== undefined) return { file, ok: false, error: read.error, problems: [] };
  const { bank, problems } = parseBank(read.text);
  if (!bank) return { file, ok: false, problems };
  return { file, ok: true, problems: [], counts: { facts: bank.facts.length, entities: bank.entities.length, articles: bank.articles.length } };
}

const count = (n: number, one: string, many: string): string => `${n} ${n === 1 ? one : many}`;

/** `news-quiz validate`: see {@link usage}. */
export const validateCommand = command('validate', {
  usage,
  options: { json: { type: 'boolean' }, 'max-problems': { type: 'string' } },
  async run(values, files, io) {
    const limit = values['max-problems'];
    if (limit !== undefined && !/^\d+$/.test(limit)) throw new UsageError(`--max-problems must be a whole number (0 for all); got "${limit}"`);
    const max = limit === undefined ? DEFAULT_MAX_PROBLEMS : Number(limit) || Infinity;
    if (files.length === 0) throw new UsageError('name at least one bank file');
    const outcomes: Outcome[] = [];
    for (const file of files) outcomes.push(await check(file));

    if (values.json) {
      io.out(JSON.stringify(outcomes, null, 2));
    } else {
      const lines: string[] = [];
      for (const outcome of outcomes) {
        if (outcome.error) lines.push(`${outcome.file}: ${outcome.error}`);
        else if (outcome.counts) {
          const { facts, entities, articles } = outcome.counts;
          lines.push(`${outcome.file}: ok (${count(facts, 'fact', 'facts')}, ${count(entities, 'entity', 'entities')}, ${count(articles, 'article', 'articles')})`);
        } else {
          // One line at a time: a spread of 100,000 problems would overflow the call's arguments.
          for (const line of problemLines(outcome.file, outcome.problems, max, ' (--max-problems 0 lists them all)')) lines.push(line);
        }
      }
      io.out(lines.join('\n'));
    }
    return outcomes.every((outcome) => outcome.ok) ? 0 : 1;
  },
});
