// The element in headless Chromium: median time from the bank being in the page to the first
// question on screen (start screen rendered, Start pressed, first question painted), over many runs.
// The bundle's gzip size is in size.bench.mjs.
import puppeteer from 'puppeteer-core';
import { serve } from '../scripts/static-server.mjs';
import { chromiumArgs, chromiumPath } from '../scripts/chromium.mjs';

export const name = 'element (dist/news-quiz.bundle.js in headless Chromium)';

const RUNS = 30;

const PAGE = `<!doctype html><meta charset="utf-8"><title>bench</title>
<script type="module" src="/dist/news-quiz.bundle.js"></script>
<script type="module">
  const bank = await (await fetch('/questions/russia-ukraine-2024.json')).json();
  await customElements.whenDefined('news-quiz');
  const frame = () => new Promise((resolve) => requestAnimationFrame(() => resolve()));
  window.measure = async (run) => {
    localStorage.clear();
    // A fresh copy each run, made before the clock starts: a page loads its bank once, so no
    // cache keyed by the bank object may carry over from an earlier run.
    const fresh = structuredClone(bank);
    const started = performance.now();
    const el = document.createElement('news-quiz');
    el.id = 'bench-' + run;
    el.seed = 'bench-' + run;
    el.bank = fresh;
    document.body.append(el);
    await el.updateComplete;
    const start = el.shadowRoot.querySelector('[part="start"] button');
    if (!start) throw new Error(el.shadowRoot.textContent.trim());
    const toStart = performance.now() - started;
    start.click();
    await el.updateComplete;
    if (!el.shadowRoot.querySelector('[part="question"] legend')) throw new Error('no question on screen');
    await frame();
    const toQuestion = performance.now() - started;
    el.remove();
    return [toStart, toQuestion];
  };
  window.ready = true;
</script>`;

const serveRepo = () => serve({ '/bench.html': PAGE }, /^\/(dist|questions)\/[\w./-]+$/);

const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
};

export async function run() {
  const server = await serveRepo();
  const browser = await puppeteer.launch({ executablePath: await chromiumPath(), args: chromiumArgs, headless: true });
  try {
    const page = await browser.newPage();
    const errors = [];
    page.on('pageerror', (error) => errors.push(error.message));
    await page.goto(`http://127.0.0.1:${server.address().port}/bench.html`);
    await page.waitForFunction('window.ready === true', { timeout: 15000 });
    const toStart = [];
    const toQuestion = [];
    for (let i = 0; i < RUNS + 3; i += 1) {
      const [start, question] = await page.evaluate((n) => window.measure(n), i);
      // The first runs warm up the engine's caches; they are not counted.
      if (i < 3) continue;
      toStart.push(start);
      toQuestion.push(question);
    }
    if (errors.length) throw new Error(`page errors: ${errors.join('; ')}`);
    return [
      ['runs', String(RUNS)],
      ['bank given -> start screen, median ms', median(toStart).toFixed(1)],
      ['bank given -> first question painted, median ms', median(toQuestion).toFixed(1)],
      ['bank given -> first question painted, max ms', Math.max(...toQuestion).toFixed(1)],
    ];
  } finally {
    await browser.close();
    server.close();
  }
}
