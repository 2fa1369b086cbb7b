// Bytes a page loads (gzip -9, each file on its own): before the first question is on screen, and
// everything the element can ever load, against their budgets; then each file of the bundle.
import { EVERYTHING_GZIP_BUDGET, FIRST_QUESTION_GZIP_BUDGET, bundleSize } from './size-budget.mjs';

export const name = 'bundle size (dist/news-quiz.bundle.js and its chunks, gzip -9)';

const bytes = (n) => n.toLocaleString('en-US');
const used = (n, budget) => `${bytes(n)} bytes (${((n / budget) * 100).toFixed(1)}% of ${bytes(budget)})`;

export async function run() {
  const { files, firstQuestion, everything } = bundleSize();
  return [
    ['before the first question', used(firstQuestion, FIRST_QUESTION_GZIP_BUDGET)],
    ['everything the element can load', used(everything, EVERYTHING_GZIP_BUDGET)],
    ...files.map((f) => [`  ${f.name.replace(/-[\w-]{8}\.js$/, '-<hash>.js')}${f.first ? ' (first question)' : ''}`, `${bytes(f.gzip)} gzip, ${bytes(f.minified)} minified`]),
  ];
}
