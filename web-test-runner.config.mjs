// Runs every browser test in real headless Chromium: CHROME_PATH, else a Chromium or Chrome on
// PATH, else the one packaged in @sparticuz/chromium (scripts/chromium.mjs).
import { fileURLToPath } from 'node:url';
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { chromeLauncher } from '@web/test-runner';
import { defaultReporter } from '@web/test-runner';
import { summaryReporter } from './scripts/summary-reporter.mjs';
import { chromiumArgs, findChromium } from './scripts/chromium.mjs';

const tsconfig = fileURLToPath(new URL('./tsconfig.json', import.meta.url));

export default {
  files: ['test/**/*.test.ts', '!test/node/**'],
  nodeResolve: true,
  concurrency: 2,
  testsFinishTimeout: 300000,
  testFramework: { config: { timeout: 20000 } },
  plugins: [esbuildPlugin({ ts: true, target: 'es2022', tsconfig })],
  browsers: [
    chromeLauncher({
      launchOptions: { executablePath: (await findChromium()).path, headless: true, args: chromiumArgs },
    }),
  ],
  reporters: [defaultReporter(), summaryReporter('.test-results/browser.json')],
};
