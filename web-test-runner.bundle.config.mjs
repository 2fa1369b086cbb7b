// The element tests again, against the minified embeddable bundle (dist/news-quiz.bundle.js)
// instead of the sources: the minified literals must not change what the element does, and the
// chunks beside the bundle (the core, the languages, the list of a bank's problems, the results
// screen) must load by their relative URLs as a page loads them. Build first: `npm run build`, then
// `npx web-test-runner --config web-test-runner.bundle.config.mjs --static-logging`.
import base, { PARTS_APART, reporters } from './web-test-runner.config.mjs';

export default {
  ...base,
  files: ['test/element/**/*.test.ts', `!${PARTS_APART}`],
  plugins: [
    {
      name: 'element-from-bundle',
      resolveImport({ source }) {
        if (/(?:^|\/)src\/element\/news-quiz\.js$/.test(source)) return '/dist/news-quiz.bundle.js';
        return undefined;
      },
    },
    ...base.plugins,
  ],
  reporters: reporters('.test-results/bundle.json', 'element tests on the bundle'),
};
