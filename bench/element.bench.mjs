// The element in a page (dist/news-quiz.bundle.js in headless Chromium), at full speed and with
// the CPU slowed four times (Chrome DevTools Protocol, Emulation.setCPUThrottlingRate), each load
// in a fresh browser context (no cache, no saved attempt), the two speeds interleaved:
// - the time from navigation to the start screen, and to the first question (Start pressed as
//   soon as the start screen is painted, the question painted);
// - the longest main-thread task until then (PerformanceObserver 'longtask': it sees tasks of
//   50 ms or more, so "under 50 ms" is all it can say of shorter ones);
// - answering: the time from a real click (CDP input) on Check, on Next and on the last Next to
//   the next paint (the click event's time to the first task after the next frame).
// The quiz is the same 10 multiple-choice questions from the seed bank every time. Medians.
import puppeteer from 'puppeteer-core';
import { serve } from '../scripts/static-server.mjs';
import { chromiumArgs, describeChromium, findChromium } from '../scripts/chromium.mjs';
import { median } from './measure.mjs';

export const name = 'the element in a page (dist/news-quiz.bundle.js in headless Chromium)';

const QUIZ = 'src="/questions/russia-ukraine-2024.json" count="10" kinds="choice"';

const PAGE = `<!doctype html><html lang="en"><meta charset="utf-8"><title>bench</title>
<script>
  window.bench = { longtasks: [], clicks: [] };
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) bench.longtasks.push({ start: e.startTime, duration: e.duration });
  }).observe({ type: 'longtask', buffered: true });
  // Each frame, before it is painted: is the start screen, then the first question, in the page?
  const frame = () => {
    const root = document.querySelector('news-quiz')?.shadowRoot;
    const start = root?.querySelector('[part="start"] button');
    if (!bench.startScreen && start) {
      bench.startScreen = performance.now();
      // A reader clicks once the screen is painted: in the first task after this frame.
      setTimeout(() => start.click());
    }
    if (bench.startScreen && root.querySelector('[part="question"] legend')) {
      bench.firstQuestion = performance.now();
      return;
    }
    requestAnimationFrame(frame);
  };
  requestAnimationFrame(frame);
  // Answering: from a click marked by the bench to the first task after the next frame.
  addEventListener('click', (event) => {
    const label = bench.measure;
    if (!label) return;
    bench.measure = null;
    const from = event.timeStamp;
    requestAnimationFrame(() => {
      const channel = new MessageChannel();
      channel.port1.onmessage = () => bench.clicks.push({ label, ms: performance.now() - from });
      channel.port2.postMessage(null);
    });
  }, { capture: true });
</script>
<script type="module" src="/dist/news-quiz.bundle.js"></script>
<body><news-quiz ${QUIZ} seed="bench"></news-quiz></body></html>`;

/** Opens the page in a fresh context at `rate` times slower CPU; resolves to the page once the first question is painted. */
async function load(browser, base, rate) {
  const context = await browser.createBrowserContext();
  const page = await context.newPage();
  const errors = [];
  page.on('pageerror', (error) => errors.push(error.message));
  const cdp = await page.createCDPSession();
  await cdp.send('Emulation.setCPUThrottlingRate', { rate });
  await page.goto(`${base}/page.html`);
  await page.waitForFunction('window.bench.firstQuestion', { timeout: 120000 });
  if (errors.length) throw new Error(`page errors: ${errors.join('; ')}`);
  return { page, context };
}

/** One load: times to the start screen and the first question, and the longest task before each. */
async function measureLoad(browser, base, rate) {
  const { page, context } = await load(browser, base, rate);
  try {
    const b = await page.evaluate(() => window.bench);
    const longest = (until) => Math.max(0, ...b.longtasks.filter((t) => t.start < until).map((t) => t.duration));
    return { startScreen: b.startScreen, firstQuestion: b.firstQuestion, longestBeforeStart: longest(b.startScreen), longestBeforeQuestion: longest(b.firstQuestion) };
  } finally {
    await context.close();
  }
}

/** A whole quiz answered by real clicks: the first option, Check, Next; resolves to the click latencies by label. */
async function measureAnswers(browser, base, rate) {
  const { page, context } = await load(browser, base, rate);
  const inQuiz = (selector) => page.evaluateHandle((s) => document.querySelector('news-quiz').shadowRoot.querySelector(s), selector);
  const timed = async (label, selector) => {
    const before = await page.evaluate(() => window.bench.clicks.length);
    await page.evaluate((l) => (window.bench.measure = l), label);
    const button = await inQuiz(selector);
    await button.asElement().click();
    await page.waitForFunction((n) => window.bench.clicks.length > n, { timeout: 60000 }, before);
  };
  try {
    for (let n = 1; n <= 10; n++) {
      await page.evaluate(() => document.querySelector('news-quiz').shadowRoot.querySelector('input[type="radio"]').click());
      await timed('check', 'form button:not([data-next])');
      await timed(n < 10 ? 'next' : 'finish', '[data-next]');
    }
    return await page.evaluate(() => window.bench.clicks);
  } finally {
    await context.close();
  }
}

const msText = (x) => `${x.toFixed(1)} ms`;
const taskText = (values) => {
  const over = values.filter((v) => v > 0);
  if (!over.length) return `none of 50 ms or more in ${values.length} loads`;
  return `median ${median(values) ? msText(median(values)) : 'under 50 ms'}, longest ${msText(Math.max(...over))} (${over.length} of ${values.length} loads had one)`;
};

export async function run({ runs = 7 } = {}) {
  const found = await findChromium();
  const server = await serve({ '/page.html': PAGE }, /^\/(dist|questions)\/[\w./-]+$/);
  const base = `http://127.0.0.1:${server.address().port}`;
  const browser = await puppeteer.launch({ executablePath: found.path, args: chromiumArgs, headless: true });
  try {
    const rates = [1, 4];
    await measureLoad(browser, base, 1);
    const loads = { 1: [], 4: [] };
    for (let i = 0; i < runs; i++) for (const rate of rates) loads[rate].push(await measureLoad(browser, base, rate));
    const clicks = { 1: [], 4: [] };
    const quizzes = Math.max(2, Math.ceil(runs / 3));
    for (let i = 0; i < quizzes; i++) for (const rate of rates) clicks[rate].push(...(await measureAnswers(browser, base, rate)));
    const rows = [
      ['browser', describeChromium(found)],
      ['loads per speed (after one warm-up)', String(runs)],
    ];
    for (const rate of rates) {
      const l = loads[rate];
      const speed = `CPU ${rate}x`;
      rows.push([`${speed}: navigation -> start screen, median`, msText(median(l.map((x) => x.startScreen)))]);
      rows.push([`${speed}: navigation -> first question painted, median`, msText(median(l.map((x) => x.firstQuestion)))]);
      rows.push([`${speed}: longest task before the start screen`, taskText(l.map((x) => x.longestBeforeStart))]);
      rows.push([`${speed}: longest task before the first question`, taskText(l.map((x) => x.longestBeforeQuestion))]);
    }
    for (const rate of rates) {
      const of = (label) => clicks[rate].filter((c) => c.label === label).map((c) => c.ms);
      for (const [label, what] of [
        ['check', 'Check -> feedback painted'],
        ['next', 'Next -> next question painted'],
        ['finish', 'last Next -> results painted'],
      ]) {
        const values = of(label);
        rows.push([`CPU ${rate}x: ${what}, median of ${values.length}`, `${msText(median(values))} (longest ${msText(Math.max(...values))})`]);
      }
    }
    return rows;
  } finally {
    await browser.close();
    server.close();
  }
}
