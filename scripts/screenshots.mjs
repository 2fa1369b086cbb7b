// `node scripts/screenshots.mjs`: pictures of every state of <news-quiz> (start, each kind of
// question, feedback, results, errors, dark scheme) at 375 px and 1280 px wide, from the built
// bundle in headless Chromium, written to screenshots/ (not kept in git). Build first.
import { mkdir } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import puppeteer from 'puppeteer-core';
import { serve } from './static-server.mjs';
import { chromiumArgs, chromiumPath } from './chromium.mjs';

const OUT = new URL('../screenshots/', import.meta.url);
const REAL = '/questions/russia-ukraine-2024.json';
const ORDER_BANK = '/test/fixtures/generator-bank.json';

const PAGE = `<!doctype html><html lang="en"><meta charset="utf-8"><meta name="viewport" content="width=device-width">
<title>news-quiz screenshots</title>
<style>body { margin: 0; padding: 12px; font-family: system-ui, sans-serif; } @media (prefers-color-scheme: dark) { body { background: #111; } }</style>
<script type="module" src="/dist/news-quiz.bundle.js"></script><body></body></html>`;

const serveRepo = () => serve({ '/': PAGE }, /^\/(dist|questions|test\/fixtures)\/[\w./-]+$/);

/** Puts a fresh quiz with `attributes` on the page and waits for its first screen. */
async function show(page, attributes) {
  await page.evaluate(async (attrs) => {
    localStorage.clear();
    document.body.replaceChildren();
    await customElements.whenDefined('news-quiz');
    const el = document.createElement('news-quiz');
    for (const [k, v] of Object.entries(attrs)) el.setAttribute(k, v);
    document.body.append(el);
    for (let i = 0; i < 200 && !el.shadowRoot.querySelector('section'); i += 1) await new Promise((r) => setTimeout(r, 25));
    await el.updateComplete;
  }, attributes);
}

/** Runs `action(el)` in the page on the quiz, then waits for it to render. */
async function act(page, action, arg) {
  await page.evaluate(
    async (source, value) => {
      const el = document.querySelector('news-quiz');
      const root = el.shadowRoot;
      const fn = new Function('el', 'root', 'value', `return (${source})(el, root, value);`);
      await fn(el, root, value);
      await el.updateComplete;
      await new Promise((r) => requestAnimationFrame(() => r()));
    },
    action.toString(),
    arg,
  );
}

const start = (el, root) => root.querySelector('[part="start"] button').click();
/** A wrong-ish answer to any kind: the second option, a typed guess, swapped items, the first choice in each select. */
const answerSomething = (el, root) => {
  const radios = root.querySelectorAll('input[type="radio"]');
  if (radios.length) return radios[1].click();
  const typed = root.querySelector('input#typed');
  if (typed) {
    typed.value = el.quiz.questions[el.attempt.round[el.attempt.position]].kind === 'number' ? '12' : 'Kiev';
    return typed.dispatchEvent(new Event('input'));
  }
  const selects = [...root.querySelectorAll('select')];
  if (selects.length) {
    selects.forEach((s, i) => (s.value = String(i)));
    return selects[0].dispatchEvent(new Event('change'));
  }
  root.querySelector('[data-move="1"][data-place="0"]')?.click();
};
const submit = (el, root) => root.querySelector('form > button').click();
const next = (el, root) => root.querySelector('[data-next]').click();

const server = await serveRepo();
const base = `http://127.0.0.1:${server.address().port}/`;
const browser = await puppeteer.launch({ executablePath: await chromiumPath(), args: chromiumArgs, headless: true });
await mkdir(OUT, { recursive: true });
const taken = [];
try {
  for (const width of [375, 1280]) {
    for (const scheme of ['light', 'dark']) {
      const page = await browser.newPage();
      page.on('pageerror', (error) => console.error(`page error: ${error.message}`));
      await page.setViewport({ width, height: 800 });
      await page.emulateMediaFeatures([{ name: 'prefers-color-scheme', value: scheme }]);
      await page.goto(base);
      const shot = async (name) => {
        const file = `${name}-${width}${scheme === 'dark' ? '-dark' : ''}.png`;
        await page.screenshot({ path: fileURLToPath(new URL(file, OUT)), fullPage: true });
        taken.push(file);
      };

      await show(page, { src: REAL, seed: 'demo', count: '10' });
      await shot('start');
      if (scheme === 'dark') {
        await act(page, start);
        await shot('question');
        await act(page, answerSomething);
        await act(page, submit);
        await shot('feedback');
        await page.close();
        continue;
      }
      for (const kind of ['choice', 'truefalse', 'text', 'number', 'cloze', 'match', 'order']) {
        await show(page, { src: kind === 'order' ? ORDER_BANK : REAL, kinds: kind, count: '1', seed: `shot-${kind}` });
        await act(page, start);
        await shot(`question-${kind}`);
        await act(page, answerSomething);
        await act(page, submit);
        await shot(`feedback-${kind}`);
      }
      await show(page, { src: REAL, seed: 'results', count: '6' });
      await act(page, start);
      for (let i = 0; i < 6; i += 1) {
        await act(page, answerSomething);
        await act(page, submit);
        await act(page, next);
      }
      await shot('results');
      await show(page, { src: '/questions/missing.json' });
      await shot('error-404');
      await show(page, { src: '/test/fixtures/element/invalid-bank.json' });
      await shot('error-invalid');
      await page.close();
    }
  }
} finally {
  await browser.close();
  server.close();
}
console.log(`${taken.length} screenshots in screenshots/:\n${taken.join('\n')}`);
