// The embeddable bundle's size budgets, one definition for the bench and the test that holds them.
// dist/news-quiz.bundle.js is a small entry; what a page loads is that entry and its chunks beside
// it, each fetched on its own and counted after gzip -9:
//  - before the first question: the entry and every chunk it imports at once (the core: Lit, the
//    domain that reads a bank, checks it against the format's rules and generates, the element,
//    English);
//  - everything the element can ever load: those and every chunk it may import later (the other
//    languages, the list of a bank's problems with the validator's words, the results screen with
//    its look).
// The budgets leave room over the measured sizes (60,415 and 77,982 bytes: about 0.6% and 0.7%), so
// that growth is a decision, not an accident. The last growth, decided: the typed-answer checker
// (answers said in a sentence, the world's countries that a typo must not turn into, ordinals,
// rates) and the screens' look on phones, in forced colours and in print, about 3.8 KB; then the
// quiz's assembly (a giveaway check by rare words and family names, answers never shown by their
// form, rivals of the fact's own time, span ends), about 0.7 KB before the first question; and the
// generator's faster paths on large banks (role links per entity, the name table's bit filter), about
// 0.9 KB, and the validator's faster checks, about 0.4 KB: 58,660 before the first question,
// 76,227 everything. Then, decided for the questions' sake, statements that stand alone (the words
// that point back, taken out or keeping a fact's text out of statements; "this year" told as the
// article's year) and options of one shape (a name's number of words, an initial, the only one that
// echoes the stem), a decimal figure typed rounded, an "about" figure at the article's precision:
// about 1.7 KB, 60,415 before the first question and 77,982 everything. docs/speed.md tells the
// growth since (now 71,489 and 89,127, with budgets of 71,700 and 89,300).
// `node bench/size-modules.mjs` says which modules make up each file.
import { readFileSync, readdirSync } from 'node:fs';
import { gzipSync } from 'node:zlib';

/** At most this many bytes after gzip -9 before the first question is on screen. */
export const FIRST_QUESTION_GZIP_BUDGET = 71_700;
/** At most this many bytes after gzip -9 for everything the element can ever load. */
export const EVERYTHING_GZIP_BUDGET = 89_300;

const ENTRY = 'news-quiz.bundle.js';
/** The chunks beside the entry: `news-quiz.<part>-<hash>.js`. */
const CHUNK = /^news-quiz\.[a-z][\w-]*-[\w-]+\.js$/;
/** A static import of a file beside it, as terser writes it: `import"./x.js"` or `from"./x.js"`. */
const STATIC_IMPORT = /(?:\bimport|\bfrom)\s*["']\.\/([^"']+)["']/g;
/** A dynamic import of a file beside it: `import("./x.js")`. */
const DYNAMIC_IMPORT = /\bimport\s*\(\s*["']\.\/([^"']+)["']\s*\)/g;

/**
 * Every file of the bundle in `dir`, with its minified and gzip -9 bytes, whether a page loads it
 * before the first question (the entry and what it imports statically, at any depth), and the
 * files it imports statically and dynamically.
 */
export function bundleFiles(dir = new URL('../dist/', import.meta.url)) {
  const names = readdirSync(dir).filter((name) => name === ENTRY || CHUNK.test(name));
  const files = new Map(
    names.map((name) => {
      const code = readFileSync(new URL(name, dir));
      const text = code.toString('utf8');
      const dynamic = [...text.matchAll(DYNAMIC_IMPORT)].map((m) => m[1]);
      const statics = [...text.replace(DYNAMIC_IMPORT, '').matchAll(STATIC_IMPORT)].map((m) => m[1]);
      return [name, { name, code, minified: code.length, gzip: gzipSync(code, { level: 9 }).length, statics, dynamic, first: false }];
    }),
  );
  const visit = (name) => {
    const file = files.get(name);
    if (!file || file.first) return;
    file.first = true;
    file.statics.forEach(visit);
  };
  visit(ENTRY);
  return [...files.values()].sort((a, b) => Number(b.first) - Number(a.first) || b.gzip - a.gzip);
}

/** The gzip -9 bytes before the first question and of everything, and the files. */
export function bundleSize(dir) {
  const files = bundleFiles(dir);
  const sum = (list) => list.reduce((n, f) => n + f.gzip, 0);
  return { files, firstQuestion: sum(files.filter((f) => f.first)), everything: sum(files) };
}
