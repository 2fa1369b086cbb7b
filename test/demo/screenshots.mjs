// Screenshots of the demo pages (self-check, teacher, student, authoring) at 320, 375 and 1280 px, and a
// check that they log no errors and never scroll sideways.
// Start the dev server first (npm start, or npm start -- --port 8123), then:
//   node test/demo/screenshots.mjs [BASE_URL]        (default http://127.0.0.1:8000)
// Writes screenshots/demo-*.png and exits 1 when a page logs an error or fails a request.
import { mkdirSync, readFileSync } from 'node:fs';
import puppeteer from 'puppeteer-core';
import { chromiumArgs, chromiumPath } from '../../scripts/chromium.mjs';

const base = process.argv[2] ?? 'http://127.0.0.1:8000';
const out = new URL('../../screenshots/', import.meta.url);
mkdirSync(out, { recursive: true });
const article = readFileSync(new URL('../fixtures/draft/airstrike.txt', import.meta.url), 'utf8');

const browser = await puppeteer.launch({ executablePath: await chromiumPath(), headless: true, args: chromiumArgs });
const problems = [];

async function open(path, width, name, act) {
  const page = await browser.newPage();
  await page.setViewport({ width, height: width < 600 ? 800 : 900, deviceScaleFactor: 1 });
  page.on('console', (message) => {
    if (message.type() === 'error' || message.type() === 'warning') problems.push(`${name}: console ${message.type()}: ${message.text()}`);
  });
  page.on('pageerror', (error) => problems.push(`${name}: page error: ${error.message}`));
  page.on('requestfailed', (request) => problems.push(`${name}: request failed: ${request.url()}`));
  page.on('response', (response) => {
    if (response.status() >= 400) problems.push(`${name}: HTTP ${response.status()} for ${response.url()}`);
  });
  await page.goto(`${base}${path}`, { waitUntil: 'networkidle0' });
  await page.waitForFunction(() => document.documentElement.dataset.ready === 'true', { timeout: 15000 });
  if (act) await act(page);
  await new Promise((resolve) => setTimeout(resolve, 300));
  const sideways = await page.evaluate(() => document.scrollingElement.scrollWidth - innerWidth);
  if (sideways > 0) problems.push(`${name}: scrolls sideways by ${sideways} px`);
  await page.screenshot({ path: new URL(`demo-${name}.png`, out).pathname, fullPage: true });
  await page.close();
}

/** Clicks the quiz's first button (Start) and waits for the question. */
const startQuiz = async (page) => {
  await page.evaluate(async () => {
    const quiz = document.querySelector('news-quiz');
    for (let i = 0; i < 200 && !quiz.shadowRoot.querySelector('[part="start"]'); i += 1) await new Promise((r) => setTimeout(r, 25));
    quiz.shadowRoot.querySelector('[part="start"] button').click();
    await quiz.updateComplete;
  });
};

for (const width of [320, 375, 1280]) {
  await open('/demo/?seed=shot&count=5', width, `self-check-${width}`);
  await open('/demo/?seed=shot&count=5', width, `self-check-started-${width}`, startQuiz);
  await open('/demo/?seed=shot&count=1&kinds=match', width, `self-check-match-${width}`, startQuiz);
  await open('/demo/teacher.html?seed=shot&count=8&mode=test&lang=uk', width, `teacher-${width}`);
  await open('/demo/student.html?seed=shot&count=8&mode=test&lang=uk', width, `student-${width}`);
  await open('/demo/student.html?seed=shot&count=8&mode=test&lang=uk', width, `student-started-${width}`, startQuiz);
  await open('/demo/student.html?seed=shot&count=8', width, `student-en-${width}`);
  await open('/demo/author.html', width, `author-empty-${width}`, async (page) => {
    await page.evaluate(() => localStorage.clear());
    await page.reload({ waitUntil: 'networkidle0' });
    await page.waitForFunction(() => document.documentElement.dataset.ready === 'true');
  });
  await open('/demo/author.html', width, `author-drafted-${width}`, async (page) => {
    await page.evaluate((text) => {
      localStorage.clear();
      const set = (id, value) => {
        const field = document.getElementById(id);
        field.value = value;
        field.dispatchEvent(new Event('input', { bubbles: true }));
      };
      set('article-title', 'Drones strike air base far from the front');
      set('article-site', 'Example Daily');
      set('article-date', '2024-05-02');
      set('article-text', text);
      document.getElementById('draft').click();
    }, article);
    await page.waitForFunction(() => document.getElementById('draft-status').textContent.startsWith('Drafted'), { timeout: 20000 });
  });
}
await browser.close();

if (problems.length) {
  console.error(problems.join('\n'));
  process.exit(1);
}
console.log(`screenshots written to ${out.pathname}; no console errors, failed requests or page errors`);
