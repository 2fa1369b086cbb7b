/**
 * Saying what is wrong with a bank's text, and where: every problem with its JSON path, line and
 * column. A page needs this only for a bank with problems, so the element loads it apart (a chunk
 * of its own beside the bundle, with the validator's messages, which it also offers for a bank
 * given as an object); a sound bank is read by {@link readBank} alone.
 *
 * Pure: no DOM, no `node:` imports.
 */
import type { Bank } from './bank.js';
import { parentPath } from './json-path.js';
import { locator, scanJson } from './json-position.js';
import { quote, readBank, validateBank, type BankRead, type Problem } from './validate.js';

export { validateBank };

/** The outcome of {@link parseBank}: a bank with no problems, or no bank and every problem. */
export type BankParse = { bank: Bank; problems: [] } | { bank: null; problems: Problem[] };

/**
 * Parses a bank's JSON text and checks it. Never throws. A text that is not JSON gives
 * one problem at the first syntax error; otherwise every problem of {@link validateBank}
 * (and every property named twice in one object), each with the line and column of its
 * value. A leading byte-order mark is ignored, as browsers do, and columns count from after it.
 * `read` is the text as {@link readBank} read it, when the caller has that already.
 */
export function parseBank(text: string, read: BankRead = readBank(text)): BankParse {
  if (read.bank) return { bank: read.bank, problems: [] };
  const { body, data, checked } = read;
  const at = locator(body);
  const scan = scanJson(body);
  if (scan.error) return { bank: null, problems: [{ path: '$', message: scan.error.message, ...at(scan.error.offset) }] };
  // The scanner accepts exactly JSON, so this only guards against an engine limit.
  if (data === undefined) return { bank: null, problems: [{ path: '$', message: `not readable as JSON: ${String(read.unreadable)}`, line: 1, column: 1 }] };
  const located = (path: string): { line: number; column: number } => {
    for (let p: string | null = path; p !== null; p = parentPath(p)) {
      const offset = scan.positions.get(p);
      if (offset !== undefined) return at(offset);
    }
    return { line: 1, column: 1 };
  };
  const problems: Problem[] = [
    ...scan.duplicates.map((d) => {
      const first = at(d.first);
      return {
        path: d.path,
        message: `property ${quote(d.key)} given twice in one object (first at line ${first.line} column ${first.column}); JSON keeps only this last one`,
        ...at(d.offset),
      };
    }),
    ...(checked ?? validateBank(data)).map((problem) => ({ ...problem, ...located(problem.path) })),
  ];
  if (problems.length === 0) return { bank: data as Bank, problems: [] };
  problems.sort((a, b) => (a.line ?? 0) - (b.line ?? 0) || (a.column ?? 0) - (b.column ?? 0));
  return { bank: null, problems };
}
