// Runs every browser test in real headless Chromium: CHROME_PATH, else a Chromium or Chrome on
// PATH, else the one packaged in @sparticuz/chromium (scripts/chromium.mjs).
import { fileURLToPath } from 'node:url';
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { chromeLauncher, defaultReporter } from '@web/test-runner';
import { summaryReporter } from './scripts/summary-reporter.mjs';
import { chromiumArgs, findChromium } from './scripts/chromium.mjs';

const tsconfig = fileURLToPath(new URL('./tsconfig.json', import.meta.url));

/** Lit's dev build (kept in tests for its checks) says so once per test file: not worth a line. */
const LIT_DEV_MODE = 'Lit is in dev mode.';

/**
 * The reporters for a run whose counts go to `file`: web-test-runner's own report of failures and
 * browser logs, with its progress bar only on a terminal (in a log it repeats itself and is drawn
 * with terminal codes), then a plain line per test file and per run.
 */
export const reporters = (file, label) => [
  defaultReporter({ reportTestProgress: Boolean(process.stdout.isTTY) }),
  summaryReporter(file, label),
];

/**
 * `executeServerCommand('refuse-requests', pattern)` makes every request of the test's own page
 * whose path matches the pattern fail as a network fault would (the browser's HTTP cache is off
 * for that page; its memory cache, shared by the pages of one browser, is not, hence a browser of
 * their own for those tests: PARTS_APART); without a pattern it ends.
 */
const networkFaults = {
  name: 'network-faults',
  async executeCommand({ command, payload, session }) {
    if (command !== 'refuse-requests') return undefined;
    const page = session.browser.getPage(session.id);
    const refused = payload ? new RegExp(payload) : null;
    page.removeAllListeners('request');
    await page.setRequestInterception(Boolean(refused));
    if (refused) {
      page.on('request', (request) => {
        if (request.isInterceptResolutionHandled()) return;
        if (refused.test(new URL(request.url()).pathname)) void request.abort('internetdisconnected');
        else void request.continue();
      });
    }
    return true;
  },
};

/**
 * `executeServerCommand('forced-colors', 'active' | 'none')` emulates forced colours (Windows High
 * Contrast) for the test's page, which `emulateMedia` does not do under Puppeteer.
 */
const cdpSessions = new WeakMap();
const forcedColors = {
  name: 'forced-colors',
  async executeCommand({ command, payload, session }) {
    if (command !== 'forced-colors') return undefined;
    // The emulation lasts as long as the CDP session that set it: one kept per page.
    const page = session.browser.getPage(session.id);
    if (!cdpSessions.has(page)) cdpSessions.set(page, await page.createCDPSession());
    await cdpSessions.get(page).send('Emulation.setEmulatedMedia', { features: [{ name: 'forced-colors', value: payload }] });
    return true;
  },
};

const executablePath = (await findChromium()).path;
/** A Chromium of its own: pages of one browser share its memory cache, which a refused request does not reach. */
const chromium = () => chromeLauncher({ launchOptions: { executablePath, headless: true, args: chromiumArgs } });

/** The tests that refuse a part's fetch, in a browser no other test file has loaded that part in. */
export const PARTS_APART = 'test/element/parts.test.ts';
const partsBrowser = chromium();

/**
 * `executeServerCommand('own-browser')`: whether the test's page is in the browser of PARTS_APART. Files named
 * on the command line run in the shared browser as well, where those tests skip (their own browser runs them).
 */
const ownBrowser = {
  name: 'own-browser',
  async executeCommand({ command, session }) {
    if (command !== 'own-browser') return undefined;
    return session.browser === partsBrowser;
  },
};

export default {
  files: ['test/**/*.test.ts', '!test/node/**', `!${PARTS_APART}`],
  groups: [{ name: 'parts-apart', files: PARTS_APART, browsers: [partsBrowser] }],
  nodeResolve: true,
  concurrency: 2,
  // The generator's invariants over 1,000 seeds of five banks take 240 to 300 s alone on a 2-core machine: room for a loaded one.
  testsFinishTimeout: 600000,
  testFramework: { config: { timeout: 20000 } },
  plugins: [networkFaults, ownBrowser, forcedColors, esbuildPlugin({ ts: true, target: 'es2022', tsconfig })],
  browsers: [chromium()],
  filterBrowserLogs: ({ args }) => !(typeof args[0] === 'string' && args[0].startsWith(LIT_DEV_MODE)),
  reporters: reporters('.test-results/browser.json', 'browser tests'),
};
