/**
 * Where things are in a JSON text.
 *
 * A small strict JSON scanner (RFC 8259) that records the offset of every value by its
 * JSON path, lists property names given twice in one object, and stops at the first
 * syntax error with a message in words. `JSON.parse` messages differ between engines
 * and versions; this scanner says the same thing, at the same place, everywhere.
 *
 * Pure: no DOM, no `node:` imports.
 */
import { MAX_JSON_DEPTH, memberPath, indexPath } from './json-path.js';

export { MAX_JSON_DEPTH, indexPath, memberPath, parentPath, propertyNamesAtMost } from './json-path.js';

/** A syntax error: where (offset into the text) and what. */
export interface JsonSyntaxError {
  offset: number;
  message: string;
}

/** A property named twice in one object; JSON keeps only the later value. */
export interface JsonDuplicate {
  /** Path of the property. */
  path: string;
  /** Its name. */
  key: string;
  /** Offset of the later name. */
  offset: number;
  /** Offset of the earlier name. */
  first: number;
}

/** What {@link scanJson} found. */
export interface JsonScan {
  /**
   * Offset of every value by JSON path (`$`, `$.facts[3].slots.airfield`); for a property,
   * the offset of its name, which is where an editor puts the cursor for it.
   */
  positions: Map<string, number>;
  /** Properties named twice in one object. */
  duplicates: JsonDuplicate[];
  /** The first syntax error, or `null` when the text is JSON. */
  error: JsonSyntaxError | null;
}

/** A 1-based line and column; columns count characters (code points). */
export interface LineColumn {
  line: number;
  column: number;
}

/**
 * A function from offsets in `text` to 1-based lines and columns. Line breaks: LF, CRLF, CR.
 * Each call takes time logarithmic in the text's length, whatever the length of the line: a bank
 * written on one line (as a minifier leaves it) is located as fast as an indented one.
 */
export function locator(text: string): (offset: number) => LineColumn {
  const starts = [0];
  // Offsets of the second halves of surrogate pairs: they share a column with the first half.
  const pairs: number[] = [];
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 10 || (c === 13 && text.charCodeAt(i + 1) !== 10)) starts.push(i + 1);
    else if (c >= 0xdc00 && c <= 0xdfff && i > 0 && isHighSurrogate(text.charCodeAt(i - 1))) pairs.push(i);
  }
  return (offset) => {
    const at = Math.max(0, Math.min(offset, text.length));
    const line = lastAtMost(starts, at);
    const start = starts[line]!;
    // A pair split by a line start cannot happen: a line starts after a line break.
    const halves = pairs.length ? countBelow(pairs, at) - countBelow(pairs, start + 1) : 0;
    return { line: line + 1, column: at - start - halves + 1 };
  };
}

/** The index of the last item of ascending `sorted` that is at most `value` (`sorted[0]` is at most every value asked). */
function lastAtMost(sorted: number[], value: number): number {
  let low = 0;
  let high = sorted.length - 1;
  while (low < high) {
    const middle = (low + high + 1) >> 1;
    if (sorted[middle]! <= value) low = middle;
    else high = middle - 1;
  }
  return low;
}

/** How many items of ascending `sorted` are below `value`. */
function countBelow(sorted: number[], value: number): number {
  let low = 0;
  let high = sorted.length;
  while (low < high) {
    const middle = (low + high) >> 1;
    if (sorted[middle]! < value) low = middle + 1;
    else high = middle;
  }
  return low;
}

const isHighSurrogate = (c: number): boolean => c >= 0xd800 && c <= 0xdbff;

class Fault {
  constructor(
    readonly offset: number,
    readonly message: string,
  ) {}
}

const NUMBER = /-?(?:0|[1-9][0-9]*)(?:\.[0-9]+)?(?:[eE][+-]?[0-9]+)?/y;
const WORD = /[A-Za-z_$][A-Za-z0-9_$]*/y;
const NUMBER_RUN = /[-+.0-9A-Za-z_]*/y;
const ESCAPES = '"\\/bfnrt';

/** Scans `text` as one JSON value; never throws. */
export function scanJson(text: string): JsonScan {
  const positions = new Map<string, number>();
  const duplicates: JsonDuplicate[] = [];
  const n = text.length;
  let i = 0;

  const skipSpace = (): void => {
    while (i < n) {
      const c = text.charCodeAt(i);
      if (c === 32 || c === 9 || c === 10 || c === 13) i++;
      else break;
    }
  };

  const wordAt = (at: number): string | null => {
    WORD.lastIndex = at;
    return WORD.exec(text)?.[0] ?? null;
  };

  /** What stands at `at`, for "found ..." with a hint for the usual slips. */
  const found = (at: number): string => {
    if (at >= n) return 'the end of the file';
    const ch = String.fromCodePoint(text.codePointAt(at)!);
    if (ch === '/' && (text[at + 1] === '/' || text[at + 1] === '*')) return `"${ch}${text[at + 1]}" (JSON has no comments)`;
    if (ch === "'") return `"'" (JSON strings and names need double quotes)`;
    if (ch === '"') return 'a string';
    const word = wordAt(at);
    if (word) return `"${word.length > 30 ? `${word.slice(0, 30)}...` : word}"`;
    const code = ch.codePointAt(0)!;
    if (code < 0x20 || code === 0x7f || code === 0xfeff || (code >= 0x80 && code <= 0x9f)) {
      return `the character U+${code.toString(16).toUpperCase().padStart(4, '0')}`;
    }
    return `"${ch}"`;
  };

  /** The usual cause when another value follows a value. */
  const missingComma = (at: number): string => (at < n && '"{[-0123456789tfn'.includes(text[at]!) ? ' (is a "," missing?)' : '');

  const fail = (offset: number, message: string): never => {
    throw new Fault(offset, message);
  };

  const string = (): string => {
    const start = i;
    let escaped = false;
    i++;
    for (;;) {
      if (i >= n) fail(start, 'unterminated string: no closing quote before the end of the file');
      const c = text.charCodeAt(i);
      if (c === 34) {
        i++;
        return escaped ? (JSON.parse(text.slice(start, i)) as string) : text.slice(start + 1, i - 1);
      }
      if (c === 92) {
        escaped = true;
        const escape = text[i + 1] ?? '';
        if (escape === 'u') {
          if (!/^[0-9a-fA-F]{4}$/.test(text.slice(i + 2, i + 6))) {
            fail(i, `invalid escape "${text.slice(i, i + 6)}": \\u needs four hex digits`);
          }
          i += 6;
        } else if (escape !== '' && ESCAPES.includes(escape)) {
          i += 2;
        } else {
          fail(i, `invalid escape "\\${escape}" in a string (JSON knows \\" \\\\ \\/ \\b \\f \\n \\r \\t \\uXXXX)`);
        }
      } else if (c === 10 || c === 13) {
        fail(start, 'unterminated string: no closing quote before the end of the line');
      } else if (c < 0x20) {
        fail(i, `a string cannot hold the raw control character U+${c.toString(16).toUpperCase().padStart(4, '0')}; write it as an escape such as \\t`);
      } else {
        i++;
      }
    }
  };

  const number = (): void => {
    const start = i;
    NUMBER.lastIndex = i;
    const match = NUMBER.exec(text);
    NUMBER_RUN.lastIndex = i;
    const run = NUMBER_RUN.exec(text)?.[0] ?? '';
    if (!match || match[0].length !== run.length) {
      fail(start, `invalid number "${run || text[i]}" (JSON numbers look like 12, -3.5 or 1e6, without leading zeros)`);
    }
    i += match![0].length;
  };

  const value = (path: string, depth: number, record: boolean): void => {
    skipSpace();
    if (record) positions.set(path, i);
    if (depth > MAX_JSON_DEPTH) fail(i, `nesting deeper than ${MAX_JSON_DEPTH} levels`);
    const ch = text[i];
    if (ch === '{') object(path, depth);
    else if (ch === '[') array(path, depth);
    else if (ch === '"') string();
    else if (ch !== undefined && '-+.0123456789'.includes(ch)) number();
    else {
      const word = wordAt(i);
      if (word === 'true' || word === 'false' || word === 'null') i += word.length;
      else fail(i, `expected a value, found ${found(i)}${word ? ' (strings need double quotes; the only bare words are true, false and null)' : ''}`);
    }
  };

  const object = (path: string, depth: number): void => {
    i++;
    skipSpace();
    if (text[i] === '}') {
      i++;
      return;
    }
    const seen = new Map<string, number>();
    for (;;) {
      skipSpace();
      if (text[i] !== '"') fail(i, `expected a property name in double quotes, found ${found(i)}`);
      const keyAt = i;
      const key = string();
      const at = memberPath(path, key);
      const first = seen.get(key);
      if (first !== undefined) duplicates.push({ path: at, key, offset: keyAt, first });
      seen.set(key, keyAt);
      positions.set(at, keyAt);
      skipSpace();
      if (text[i] !== ':') fail(i, `expected ":" after the property name "${key}", found ${found(i)}`);
      i++;
      value(at, depth + 1, false);
      skipSpace();
      if (text[i] === '}') {
        i++;
        return;
      }
      if (text[i] !== ',') fail(i, `expected "," or "}" after the value of "${key}", found ${found(i)}${missingComma(i)}`);
      const comma = i;
      i++;
      skipSpace();
      if (text[i] === '}') fail(comma, 'trailing comma before "}": JSON allows none');
    }
  };

  const array = (path: string, depth: number): void => {
    i++;
    skipSpace();
    if (text[i] === ']') {
      i++;
      return;
    }
    for (let index = 0; ; index++) {
      value(indexPath(path, index), depth + 1, true);
      skipSpace();
      if (text[i] === ']') {
        i++;
        return;
      }
      if (text[i] !== ',') fail(i, `expected "," or "]" after an array item, found ${found(i)}${missingComma(i)}`);
      const comma = i;
      i++;
      skipSpace();
      if (text[i] === ']') fail(comma, 'trailing comma before "]": JSON allows none');
    }
  };

  try {
    skipSpace();
    if (i >= n) fail(0, 'the file is empty: expected a JSON object');
    value('$', 0, true);
    skipSpace();
    if (i < n) fail(i, `unexpected ${found(i)} after the end of the JSON value`);
    return { positions, duplicates, error: null };
  } catch (error) {
    if (error instanceof Fault) return { positions, duplicates, error: { offset: error.offset, message: error.message } };
    // Only a blown call stack can land here; nesting is capped well below it.
    return { positions, duplicates, error: { offset: i, message: 'the JSON text could not be read' } };
  }
}
