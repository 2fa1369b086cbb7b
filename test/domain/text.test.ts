import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { article, editDistance, hashOf, normalHash, normalize, numberToWords, parseNumber, translitKey, typoBudget } from '../../src/domain/text.js';

describe('normalize', () => {
  const table: [string, string][] = [
    ['Oleksandr Syrskyi', 'oleksandr syrskyi'],
    ['  KIM   Jong-Un ', 'kim jong un'],
    ['Il76', 'il 76'],
    ['IL-76', 'il 76'],
    ['F16', 'f 16'],
    ['76il', '76 il'],
    ['The Pskov airfield', 'pskov airfield'],
    ['an Il-76', 'il 76'],
    ['A', 'a'],
    ['A A A', 'a'],
    ['the a cat', 'cat'],
    ['An the', 'the'],
    ['Théâtre Zürich', 'theatre zurich'],
    ['Straße Łódź', 'strasse lodz'],
    ["Syrs'kyi", 'syrskyi'],
    ['Syrs’kyi', 'syrskyi'],
    ['John F. Kirby', 'john f kirby'],
    ['ｆｕｌｌ-width', 'full width'],
    ['!!!', ''],
    ['', ''],
  ];
  for (const [input, expected] of table) {
    it(`"${input}" → "${expected}"`, () => expect(normalize(input)).to.equal(expected));
  }

  it('is idempotent', () => {
    fc.assert(fc.property(fc.string(), (s) => normalize(normalize(s)) === normalize(s)));
  });
});

describe('normalHash', () => {
  const expected = (s: string): number | null => (normalize(s) ? hashOf(normalize(s)) : null);
  const table = ['Oleksandr Syrskyi', 'The Pskov airfield', 'the', 'The1', 'an Il-76', 'a 1', 'A', 'anne', 'then', 'Théâtre', "th'e Kremlin", 'Syrs`kyi', '!!!', '', ' - ', 'A A A', 'the a cat', 'a the 1', 'An the'];
  for (const input of table) {
    it(`"${input}" hashes as its normal form "${normalize(input)}"`, () => expect(normalHash(input)).to.equal(expected(input)));
  }

  it('is the hash of the normal form, or null when that is empty, for any text', () => {
    // Mostly the characters that decide words and articles, so that the cases meet often.
    const tricky = fc.constantFrom('a', 'n', 't', 'h', 'e', 'A', 'T', 'H', 'E', 'N', '1', '0', ' ', "'", '`', '-', '.', 'é', 'ß', '’', '\t', 'Z');
    fc.assert(fc.property(fc.array(tricky, { maxLength: 10 }).map((cs) => cs.join('')), (s) => normalHash(s) === expected(s)), { numRuns: 5000 });
    fc.assert(fc.property(fc.string(), (s) => normalHash(s) === expected(s)));
  });
});

describe('translitKey', () => {
  const same: [string, string][] = [
    ['Syrskyi', 'Syrskyj'],
    ['Syrskyi', 'Syrsky'],
    ['Syrskyi', 'Sirskiy'],
    ['Syrskyi', 'Syrskii'],
    ['Vedernikov', 'Wedernikow'],
    ['Pskov', 'Pskow'],
    ['Kharkiv', 'Harkiv'],
    ['Zhytomyr', 'Zytomyr'],
    ['Oleksii', 'Oleksiy'],
    ['Danylyuk', 'Danyliuk'],
    ['Chernihiv', 'Tsernihiv'],
    ['Shcherbakov', 'Sherbakov'],
    ['Aleksei', 'Alexei'],
  ];
  for (const [a, b] of same) {
    it(`"${a}" and "${b}" share a key`, () => expect(translitKey(a)).to.equal(translitKey(b)));
  }
  const different: [string, string][] = [
    ['Syrskyi', 'Danylyuk'],
    ['Kim Jong-un', 'Kim Jong-il'],
    ['Il-76', 'Il-78'],
    ['Pskov', 'Popko'],
  ];
  for (const [a, b] of different) {
    it(`"${a}" and "${b}" keep different keys`, () => expect(translitKey(a)).not.to.equal(translitKey(b)));
  }
  it('leaves digits alone', () => expect(translitKey('Il-76')).to.equal('il 76'));
});

describe('editDistance', () => {
  const table: [string, string, number][] = [
    ['', '', 0],
    ['abc', '', 3],
    ['', 'ab', 2],
    ['kirby', 'kirby', 0],
    ['kirby', 'kriby', 1],
    ['pskov', 'pksov', 1],
    ['kyiv', 'kiev', 2],
    ['syrskyi', 'sirskiy', 2],
    ['kitten', 'sitting', 3],
    ['ca', 'abc', 3],
  ];
  for (const [a, b, d] of table) {
    it(`"${a}" → "${b}" is ${d}`, () => expect(editDistance(a, b)).to.equal(d));
  }
  it('is a symmetric distance, zero only for equal strings, bounded by the longer length', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 12 }), fc.string({ maxLength: 12 }), (a, b) => {
        const d = editDistance(a, b);
        return d === editDistance(b, a) && (d === 0) === (a === b) && d <= Math.max(a.length, b.length);
      }),
    );
  });
});

describe('editDistance with a limit', () => {
  it('gives the exact distance up to the limit and limit + 1 beyond it', () => {
    fc.assert(
      fc.property(fc.stringMatching(/^[a-e]{0,12}$/), fc.stringMatching(/^[a-e]{0,12}$/), fc.integer({ min: 0, max: 6 }), (a, b, limit) => {
        return editDistance(a, b, limit) === Math.min(editDistance(a, b), limit + 1);
      }),
      { numRuns: 2000 },
    );
  });
});

describe('typoBudget', () => {
  it('allows none up to 3 letters, 1 for 4 to 7, 2 from 8', () => {
    expect([1, 3, 4, 7, 8, 20].map(typoBudget)).to.deep.equal([0, 0, 1, 1, 2, 2]);
  });
});

describe('parseNumber', () => {
  const table: [string, number | null][] = [
    ['43', 43],
    [' 43 ', 43],
    ['43.0', 43],
    ['43,5', 43.5],
    ['0,5', 0.5],
    ['2,022', 2022],
    ['2 022', 2022],
    ['1,234,567', 1234567],
    ['-5', -5],
    ['forty-three', 43],
    ['forty three', 43],
    ['Forty-Three', 43],
    ['fourty-three', 43],
    ['fourty', 40],
    ['ninty nine', 99],
    ['forty-tree', 43],
    ['eigth', 8],
    ['zero', 0],
    ['eleven', 11],
    ['a hundred', 100],
    ['a million', 1000000],
    // A dozen, as articles count ("two dozen"): never a figure alone, never "dozens".
    ['two dozen', 24],
    ['a dozen', 12],
    ['three dozen', 36],
    ['2 dozen', 24],
    ['two-dozen', 24],
    ['4 hundred', 400],
    ['dozens', null],
    ['hundreds', null],
    ['thousands', null],
    ['tens', null],
    ['millions', null],
    ['a couple of dozen', null],
    ['a', null],
    ['a few', null],
    ['one hundred and five', 105],
    ['two hundred and forty-three', 243],
    ['two thousand and twenty-two', 2022],
    ['one million two hundred thousand', 1200000],
    ['1.5 million', 1500000],
    ['about 30', 30],
    ['at least two', 2],
    ['more than 20', 20],
    ['43 planes', 43],
    ['in 2022', 2022],
    ['no fewer than 8', 8],
    ['~30', 30],
    ['someone', null],
    ['overall', null],
    ['income', null],
    ['', null],
    ['   ', null],
    ['forty forty', null],
    ['three four', null],
    ['3 4', null],
    ['43x', null],
    ['1,2345', null],
    ['hundred hundred', null],
    ['and', null],
    ['Kyiv', null],
    ['for', null],
    // A decimal read aloud.
    ['seven point eight', 7.8],
    ['point five', 0.5],
    ['one point three billion', 1300000000],
    ['two point zero five', 2.05],
    ['forty-three point', null],
    ['seven point eight nine ten', null],
    ['seven point twelve', null],
    ['point', null],
    // A year read aloud in two pairs of figures.
    ['twenty sixteen', 2016],
    ['nineteen forty-five', 1945],
    ['twenty twenty-four', 2024],
    ['nineteen oh five', 1905],
    ['twenty five', 25],
    ['twenty oh', null],
    ['nineteen oh fifteen', null],
    ['five sixteen', null],
    ['twenty sixteen hundred', null],
    ['thirty sixteen', null],
  ];
  for (const [input, expected] of table) {
    it(`"${input}" → ${expected}`, () => expect(parseNumber(input)).to.equal(expected));
  }

  it('reads back every whole number it writes in words, and in digits with or without thousands commas', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 999_999_999 }), (n) => {
        const commas = String(n).replace(/\B(?=(\d{3})+(?!\d))/g, ',');
        return parseNumber(numberToWords(n)) === n && parseNumber(String(n)) === n && parseNumber(commas) === n;
      }),
    );
  });

  it('never throws on any text', () => {
    fc.assert(
      fc.property(fc.string(), (s) => {
        const n = parseNumber(s);
        return n === null || Number.isFinite(n);
      }),
    );
  });
});

describe('numberToWords', () => {
  const table: [number, string][] = [
    [0, 'zero'],
    [7, 'seven'],
    [13, 'thirteen'],
    [43, 'forty-three'],
    [100, 'one hundred'],
    [105, 'one hundred and five'],
    [2022, 'two thousand and twenty-two'],
    [1_000_000, 'one million'],
    [-3, 'minus three'],
    [2.5, 'two point five'],
  ];
  for (const [n, words] of table) {
    it(`${n} → "${words}"`, () => expect(numberToWords(n)).to.equal(words));
  }
});

describe('article', () => {
  const table: [string, 'a' | 'an'][] = [
    ['Il-76 cargo plane', 'an'],
    ['F-16', 'an'],
    ['B-52', 'a'],
    ['MiG-29', 'a'],
    ['Su-27', 'a'],
    ['L-39', 'an'],
    ['US base', 'a'],
    ['UN resolution', 'a'],
    ['FBI agent', 'an'],
    ['MP', 'an'],
    ['SUV', 'an'],
    ['NATO member', 'a'],
    ['HIMARS launcher', 'a'],
    ['hour', 'an'],
    ['honest answer', 'an'],
    ['one-off', 'a'],
    ['Ukrainian city', 'a'],
    ['unit', 'a'],
    ['unidentified drone', 'an'],
    ['European ally', 'a'],
    ['airfield', 'an'],
    ['island', 'an'],
    ['drone', 'a'],
    ['8-hour attack', 'an'],
    ['18-year-old', 'an'],
    ['11th', 'an'],
    ['80 km radius', 'an'],
    ['3 km zone', 'a'],
    ['"F-16" jet', 'an'],
  ];
  for (const [noun, expected] of table) {
    it(`${expected} ${noun}`, () => expect(article(noun)).to.equal(expected));
  }
});

