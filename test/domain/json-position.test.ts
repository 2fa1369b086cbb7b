// Lines and columns of offsets in a JSON text: right for every kind of line break and wide
// character, and as cheap on a bank written on one line as on an indented one.
import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { locator, propertyNamesAtMost, scanJson } from '../../src/domain/json-position.js';

/** Line and column counted the plain way: split the text before the offset into lines and characters. */
function reference(text: string, offset: number): { line: number; column: number } {
  const lines = text.slice(0, offset).split(/\r\n|\r|\n/);
  return { line: lines.length, column: [...lines[lines.length - 1]!].length + 1 };
}

describe('locator', () => {
  it('counts lines over LF, CRLF and CR, and columns in characters (a wide character is one)', () => {
    const text = 'a\nb\r\nc\rd😀e\n😀😀x';
    const at = locator(text);
    expect(at(0)).to.deep.equal({ line: 1, column: 1 });
    expect(at(text.indexOf('b'))).to.deep.equal({ line: 2, column: 1 });
    expect(at(text.indexOf('c'))).to.deep.equal({ line: 3, column: 1 });
    expect(at(text.indexOf('e'))).to.deep.equal({ line: 4, column: 3 });
    expect(at(text.indexOf('x'))).to.deep.equal({ line: 5, column: 3 });
    expect(at(text.length + 10)).to.deep.equal(reference(text, text.length));
  });

  it('agrees with counting by hand on any text and offset', () => {
    const piece = fc.constantFrom('a', ' ', '\n', '\r', '\r\n', '😀', 'é', '\uD800', '\uDC00', '"');
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 40 }).map((parts) => parts.join('')), (text) => {
        const at = locator(text);
        // An offset inside a surrogate pair or a CRLF is never asked: values start at a character.
        for (let offset = 0; offset <= text.length; offset++) {
          const inside = (text[offset - 1] === '\r' && text[offset] === '\n') || (/[\uD800-\uDBFF]/.test(text[offset - 1] ?? '') && /[\uDC00-\uDFFF]/.test(text[offset] ?? ''));
          if (!inside) expect(at(offset), `${JSON.stringify(text)} at ${offset}`).to.deep.equal(reference(text, offset));
        }
      }),
      { numRuns: 500 },
    );
  });

  it('reads each character of a one-line text a few times at most, however many offsets are asked', () => {
    // A counting string: the locator reads the text only through charCodeAt and length.
    const plain = `{${'"x": 1, '.repeat(20_000)}}`;
    let reads = 0;
    const counting = Object.assign(new String(plain), {
      charCodeAt(index: number): number {
        reads += 1;
        return plain.charCodeAt(index);
      },
    }) as unknown as string;
    const at = locator(counting);
    for (let offset = 0; offset < plain.length; offset += 40) at(offset);
    // Before, each offset was counted from the line's start: 4,000 offsets read about 320 million characters.
    expect(reads).to.be.at.most(3 * plain.length);
    expect(at(plain.length - 1)).to.deep.equal({ line: 1, column: plain.length });
  });
});

describe('propertyNamesAtMost', () => {
  /** How many properties `JSON.parse` keeps from a text. */
  const kept = (value: unknown): number =>
    Array.isArray(value)
      ? value.reduce((n: number, item) => n + kept(item), 0)
      : value !== null && typeof value === 'object'
        ? Object.values(value).reduce((n: number, item) => n + 1 + kept(item), 0)
        : 0;
  const named = (text: string) => propertyNamesAtMost(text) === kept(JSON.parse(text));
  /** What the full scan says: no property named twice. */
  const once = (text: string) => scanJson(text).duplicates.length === 0;

  /** Where the first object of a JSON text opens, outside its strings; -1 when it has none. */
  const firstObject = (text: string): number => {
    let inString = false;
    for (let i = 0; i < text.length; i++) {
      const c = text[i];
      if (inString) {
        if (c === '\\') i++;
        else if (c === '"') inString = false;
      } else if (c === '"') inString = true;
      else if (c === '{') return i;
    }
    return -1;
  };

  it('counts every property, and matches what JSON.parse kept only when the full scan finds no name twice', () => {
    fc.assert(
      fc.property(fc.json({ maxDepth: 6 }), fc.constantFrom(0, 1, 2, '\t'), (json, space) => {
        const text = JSON.stringify(JSON.parse(json), null, space);
        expect(propertyNamesAtMost(text)).to.be.at.least(kept(JSON.parse(text)));
        if (named(text)) expect(once(text), text).to.equal(true);
        // The same text with its first property given twice: the count no longer matches, and the scan finds it.
        // The first object's first property, found outside strings (a string may hold '{"x":').
        const at = firstObject(text);
        const first = at < 0 ? null : /^\{\s*("(?:[^"\\]|\\.)*")\s*:/.exec(text.slice(at));
        if (first) {
          const twice = `${text.slice(0, at)}{${first[1]}:0,${text.slice(at + 1)}`;
          expect(once(twice), twice).to.equal(false);
          expect(named(twice), twice).to.equal(false);
        }
      }),
      // A string that reads like the opening of an object, once found by chance.
      { numRuns: 500, examples: [['[["{",":"]]', 0]] },
    );
  });

  it('finds a property named twice in any object, at any depth', () => {
    const object = fc.dictionary(fc.string({ maxLength: 6 }), fc.jsonValue({ maxDepth: 2 }), { minKeys: 1, maxKeys: 8 });
    fc.assert(
      fc.property(object, fc.jsonValue({ maxDepth: 3 }), fc.nat(), fc.nat(3), (inner, outer, pick, depth) => {
        // One of the inner object's keys written again, last: JSON keeps the second value.
        const keys = Object.keys(inner);
        const key = keys[pick % keys.length]!;
        let text = `${JSON.stringify(inner).slice(0, -1)},${JSON.stringify(key)}:${JSON.stringify(outer)}}`;
        for (let d = 0; d < depth; d++) text = d % 2 ? `[1,${text}]` : `{"x${d}":${text},"y":"\\\\"}`;
        expect(once(text)).to.equal(false);
        expect(named(text), text).to.equal(false);
      }),
      { numRuns: 300 },
    );
  });

  it('reads names however spaced, and counts a colon after a quote inside a string only to err high', () => {
    expect(named('{"a" :1, "b"\n:2, "a"\t:3}')).to.equal(false);
    expect(named('{"a":1,"\\u0061":2}')).to.equal(false);
    expect(named('["a","a",{"a":["a"]},"b: c"]')).to.equal(true);
    expect(propertyNamesAtMost('{"a":"say \\"a\\": 1","b":"\\\\"}')).to.equal(3);
    expect(named('{"a":"say \\"a\\": 1","b":"\\\\"}')).to.equal(false);
  });
});
