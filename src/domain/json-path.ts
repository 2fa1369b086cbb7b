/**
 * JSON paths (`$.facts[3].slots.airfield`), which every problem with a bank names, and the quick
 * count of the property names a text gives, against which a text `JSON.parse` has read needs no scan
 * by `scanJson` (src/domain/json-position.ts) to find a property named twice.
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

/**
 * How many property names a JSON text gives at most, in one quick pass that keeps no strings: each
 * name is a string followed by a colon, so each is a colon whose last character before it, spaces
 * aside, is a quote (a colon inside a string may count too, which only errs high). When
 * `JSON.parse` kept as many properties, no object of the text names one twice: each name given
 * twice in one object leaves one property fewer. Only for a text `JSON.parse` reads.
 */
export function propertyNamesAtMost(text: string): number {
  let count = 0;
  for (let i = text.indexOf(':'); i >= 0; i = text.indexOf(':', i + 1)) {
    let j = i - 1;
    let c = text.charCodeAt(j);
    while (c === 32 || c === 10 || c === 13 || c === 9) c = text.charCodeAt(--j);
    if (c === 34) count++;
  }
  return count;
}
