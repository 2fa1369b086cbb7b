// The embeddable bundle's size budget, one definition for the bench and the test that holds it.
// gzip -9 of dist/news-quiz.bundle.js (Lit, the domain, the element and its English words; the
// other languages are fetched apart and the drafting NLP never ships in it). The budget leaves
// about 10% over the measured size, so that growth is a decision, not an accident.
import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';

/** At most this many bytes after gzip -9. */
export const BUNDLE_GZIP_BUDGET = 60_000;

/** The bundle's minified and gzip -9 bytes. */
export function bundleSize(url = new URL('../dist/news-quiz.bundle.js', import.meta.url)) {
  const code = readFileSync(url);
  return { code, minified: code.length, gzip: gzipSync(code, { level: 9 }).length };
}
