// Bytes a page loads: the embeddable bundle, minified and gzip -9, against its budget.
import { BUNDLE_GZIP_BUDGET, bundleSize } from './size-budget.mjs';

export const name = 'bundle size (dist/news-quiz.bundle.js)';

export async function run() {
  const { minified, gzip } = bundleSize();
  return [
    ['minified bytes', minified.toLocaleString('en-US')],
    ['gzip -9 bytes', gzip.toLocaleString('en-US')],
    [`gzip budget (${BUNDLE_GZIP_BUDGET.toLocaleString('en-US')} bytes)`, `${((gzip / BUNDLE_GZIP_BUDGET) * 100).toFixed(1)}% used`],
  ];
}
