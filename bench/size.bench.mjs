// Bytes a page loads: the embeddable bundle, minified and gzip -9.
import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';

export const name = 'bundle size (dist/news-quiz.bundle.js)';

export async function run() {
  const code = readFileSync(new URL('../dist/news-quiz.bundle.js', import.meta.url));
  const gzip = gzipSync(code, { level: 9 }).length;
  return [
    ['minified bytes', code.length.toLocaleString('en-US')],
    ['gzip -9 bytes', gzip.toLocaleString('en-US')],
    ['gzip budget (20 KB = 20,480 bytes)', `${((gzip / 20480) * 100).toFixed(1)}% used`],
  ];
}
