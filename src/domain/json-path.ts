/**
 * JSON paths (`$.facts[3].slots.airfield`), which every problem with a bank names, and the quick
 * check that a text `JSON.parse` has read needs no scan by {@link scanJson} (src/domain/json-position.ts).
 * Apart from the scanner because a page needs these on every load and the scanner only for a bank
 * with problems.
 *
 * Pure: no DOM, no `node:` imports.
 */

/** Deeper nesting than this is reported as an error rather than risking the call stack. */
export const MAX_JSON_DEPTH = 256;

const IDENTIFIER = /^[A-Za-z_$][A-Za-z0-9_$]*$/;

/** Whether each key seen is an identifier: a bank uses few keys, many times each. */
const identifiers = new Map<string, boolean>();

/** The path of property `key` of the value at `parent`: `$.facts`, or `$.slots["two words"]`. */
export function memberPath(parent: string, key: string): string {
  let plain = identifiers.get(key);
  if (plain === undefined) {
    plain = IDENTIFIER.test(key);
    if (identifiers.size < 10000) identifiers.set(key, plain);
  }
  return plain ? `${parent}.${key}` : `${parent}[${JSON.stringify(key)}]`;
}

/** The path of item `index` of the array at `parent`: `$.facts[3]`. */
export function indexPath(parent: string, index: number): string {
  return `${parent}[${index}]`;
}

const LAST_STEP = /(?:\.[A-Za-z_$][A-Za-z0-9_$]*|\[\d+\]|\["(?:[^"\\]|\\.)*"\])$/;

/** The path one step up (`$.facts[3].id` → `$.facts[3]`), or `null` for `$` or a path it cannot read. */
export function parentPath(path: string): string | null {
  const step = LAST_STEP.exec(path);
  return step && step.index > 0 ? path.slice(0, step.index) : null;
}

/** More keys than this in one object are left to {@link scanJson}: they are compared one by one here. */
const PLAIN_KEYS = 64;

/**
 * Whether a text that `JSON.parse` has read is plain JSON for {@link scanJson}: no property named
 * twice in one object, and no nesting deeper than {@link MAX_JSON_DEPTH}, so that the scan would
 * report nothing. One quick pass that keeps no strings: string bodies are skipped by search, keys
 * compared by a hash of their characters. `false` only means "scan it to know": besides a property
 * named twice, a key written with an escape, two keys of one hash, or an object of very many keys.
 * Only for a text `JSON.parse` reads: on any other it may answer anything.
 */
export function plainJson(text: string): boolean {
  const n = text.length;
  // The key hashes of each open object, by depth.
  const keys: number[][] = [];
  let depth = 0;
  let i = 0;
  while (i < n) {
    const c = text.charCodeAt(i);
    if (c === 34) {
      // The closing quote: the next one after an even run of backslashes.
      const start = i + 1;
      let end = text.indexOf('"', start);
      while (text.charCodeAt(end - 1) === 92) {
        let b = end - 1;
        while (text.charCodeAt(b - 1) === 92) b--;
        if ((end - b) % 2 === 0) break;
        end = text.indexOf('"', end + 1);
      }
      i = end + 1;
      while (i < n) {
        const w = text.charCodeAt(i);
        if (w === 32 || w === 10 || w === 13 || w === 9) i++;
        else break;
      }
      if (text.charCodeAt(i) !== 58) continue;
      let hash = end - start;
      for (let k = start; k < end; k++) {
        const d = text.charCodeAt(k);
        if (d === 92) return false;
        hash = (Math.imul(hash, 31) + d) | 0;
      }
      const seen = keys[depth]!;
      if (seen.length >= PLAIN_KEYS || seen.includes(hash)) return false;
      seen.push(hash);
      continue;
    }
    if (c === 123 || c === 91) {
      // A value inside this container stands one level deeper than the container (the outermost value is at 0).
      if (++depth > MAX_JSON_DEPTH) return false;
      if (c === 123) {
        const seen = keys[depth];
        if (seen) seen.length = 0;
        else keys[depth] = [];
      }
    } else if (c === 125 || c === 93) {
      depth--;
    }
    i++;
  }
  return true;
}
