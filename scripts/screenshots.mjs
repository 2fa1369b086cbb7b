// `node scripts/screenshots.mjs [filter]`: pictures of every state of <news-quiz> (start, each kind
// of question asked, its feedback right and wrong, "give an answer first", the results, the review
// opened, a retry, more questions asked for than the bank makes, the error screens) at 320, 375 and 1280 px wide, in English and Ukrainian, light
// and dark, from the built bundle in headless Chromium, written to screenshots/ (not kept in git).
// Build first. A filter (a substring of the file name, e.g. `uk-375`) takes only some.
// It also prints the results screen's height at 375 px, the figure a phone reader scrolls.
import { mkdir } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import puppeteer from 'puppeteer-core';
import { serve } from './static-server.mjs';
import { chromiumArgs, chromiumPath } from './chromium.mjs';

const OUT = new URL('../screenshots/', import.meta.url);
const REAL = '/questions/russia-ukraine-2024.json';
const ORDER_BANK = '/test/fixtures/generator-bank.json';
const KINDS = ['truefalse', 'choice', 'support', 'claim', 'reason', 'match', 'sequence', 'order', 'number', 'cloze', 'text'];
const filter = process.argv[2] ?? '';

const page = (lang) => `<!doctype html><html lang="${lang}"><meta charset="utf-8"><meta name="viewport" content="width=device-width">
<title>news-quiz screenshots</title>
<style>body { margin: 0; padding: 12px; font-family: system-ui, sans-serif; } @media (prefers-color-scheme: dark) { body { background: #111; } }</style>
<script type="module" src="/dist/news-quiz.bundle.js"></script><body></body></html>`;

const serveRepo = () => serve({ '/en': page('en'), '/uk': page('uk') }, /^\/(dist|questions|test\/fixtures)\/[\w./-]+$/);

/** Puts a fresh quiz with `attributes` on the page and waits for its first screen. */
async function show(tab, attributes) {
  await tab.evaluate(async (attrs) => {
    localStorage.clear();
    document.body.replaceChildren();
    await customElements.whenDefined('news-quiz');
    const el = document.createElement('news-quiz');
    for (const [k, v] of Object.entries(attrs)) el.setAttribute(k, v);
    document.body.append(el);
    for (let i = 0; i < 400 && !el.shadowRoot.querySelector('section'); i += 1) await new Promise((r) => setTimeout(r, 25));
    await el.updateComplete;
  }, attributes);
}

/** Runs `action(el, root, value)` in the page on the quiz, then waits for it to render. */
async function act(tab, action, arg) {
  await tab.evaluate(
    async (source, value) => {
      const el = document.querySelector('news-quiz');
      const fn = new Function('el', 'root', 'value', `return (${source})(el, root, value);`);
      await fn(el, el.shadowRoot, value);
      await el.updateComplete;
      await new Promise((r) => requestAnimationFrame(() => r()));
    },
    action.toString(),
    arg,
  );
}

/** Clicks what `find(el, root, value)` returns in the page with the mouse, as a reader would, and waits for the render. */
async function press(tab, find, arg) {
  const handle = await tab.evaluateHandle(
    (source, value) => {
      const el = document.querySelector('news-quiz');
      return new Function('el', 'root', 'value', `return (${source})(el, root, value);`)(el, el.shadowRoot, value);
    },
    find.toString(),
    arg,
  );
  await handle.asElement().click();
  await act(tab, () => undefined);
}

const start = (el, root) => root.querySelector('[part="start"] button');
/** Answers the question on screen, right (`value` true) or wrong, through its inputs. */
const give = async (el, root, right) => {
  const a = el.attempt;
  const q = el.quiz.questions[a.round[a.position]];
  const typed = root.querySelector('input#typed');
  if ('options' in q && 'correct' in q) {
    root.querySelectorAll('input[type="radio"]')[right ? q.correct : (q.correct + 1) % q.options.length].click();
  } else if (q.kind === 'match') {
    q.left.forEach((_, i) => root.querySelector(`input[name="pair-${i}"][value="${right ? q.pairs[i] : q.pairs[(i + 1) % q.pairs.length]}"]`).click());
  } else if ('order' in q) {
    if (!right) return root.querySelector('[data-move="1"][data-place="0"]').click();
    for (let target = 0; target < q.order.length; target += 1) {
      await el.updateComplete;
      let place = [...root.querySelectorAll('.order li .text')].map((s) => s.textContent).indexOf(q.items[q.order[target]]);
      for (; place > target; place -= 1) {
        root.querySelector(`[data-move="-1"][data-place="${place}"]`).click();
        await el.updateComplete;
      }
    }
  } else if (typed) {
    const blank = q.kind === 'cloze' ? q.blank : q;
    typed.value = right ? ('accept' in blank ? blank.accept[0] : String(blank.value)) : 'accept' in blank ? 'Kiev' : '12';
    typed.dispatchEvent(new Event('input'));
  }
};
const submit = (el, root) => root.querySelector('form > button');
const next = (el, root) => root.querySelector('[data-next]');
const button = (el, root, word) => [...root.querySelectorAll('button')].find((b) => b.textContent.trim() === word);
const openReview = (el, root) => root.querySelectorAll('details').forEach((d) => (d.open = true));

const server = await serveRepo();
const base = `http://127.0.0.1:${server.address().port}/`;
const browser = await puppeteer.launch({ executablePath: await chromiumPath(), args: chromiumArgs, headless: true });
await mkdir(OUT, { recursive: true });
const taken = [];
const measured = [];
try {
  for (const width of [320, 375, 1280]) {
    for (const lang of ['en', 'uk']) {
      for (const scheme of ['light', 'dark']) {
        const suffix = `${lang}-${width}${scheme === 'dark' ? '-dark' : ''}`;
        if (filter && !`${suffix}`.includes(filter) && !KINDS.some((k) => `${k}-${suffix}`.includes(filter))) continue;
        const tab = await browser.newPage();
        tab.on('pageerror', (error) => console.error(`page error: ${error.message}`));
        tab.on('console', (message) => message.type() === 'error' && !/could not be loaded|has problems|status of 404/.test(message.text()) && console.error(`console: ${message.text()}`));
        await tab.setViewport({ width, height: width < 600 ? 740 : 900 });
        await tab.emulateMediaFeatures([{ name: 'prefers-color-scheme', value: scheme }]);
        await tab.goto(`${base}${lang}`);
        const shot = async (name, { fullPage = true } = {}) => {
          const file = `${name}-${suffix}.png`;
          await tab.screenshot({ path: fileURLToPath(new URL(file, OUT)), fullPage });
          taken.push(file);
        };

        await show(tab, { src: REAL, seed: 'demo', count: '10' });
        await shot('start');
        // More questions asked for than the bank can make with these settings: the start screen says so.
        await show(tab, { src: REAL, seed: 'demo', count: '40', kinds: 'match' });
        await shot('start-fewer');
        for (const kind of KINDS) {
          await show(tab, { src: kind === 'order' ? ORDER_BANK : REAL, kinds: kind, count: '1', seed: `shot-${kind}` });
          await press(tab, start);
          await shot(`question-${kind}`);
          if (kind === 'choice') {
            await press(tab, submit);
            await shot('hint');
          }
          await act(tab, give, false);
          await press(tab, submit);
          // What a phone shows after Check: the view the element keeps, not the whole page.
          await shot(`feedback-wrong-${kind}`, { fullPage: width >= 600 });
          await press(tab, next);
          await press(tab, button, lang === 'uk' ? 'Нова вікторина' : 'New quiz');
          await act(tab, give, true);
          await press(tab, submit);
          await shot(`feedback-right-${kind}`, { fullPage: width >= 600 });
        }
        await show(tab, { src: REAL, seed: 'results', count: '10' });
        await press(tab, start);
        for (let i = 0; i < 10; i += 1) {
          await act(tab, give, i % 3 === 0);
          await press(tab, submit);
          await press(tab, next);
        }
        // The results screen is a chunk of its own, fetched while the quiz is under way.
        await tab.waitForFunction(() => document.querySelector('news-quiz').shadowRoot.querySelector('[part="results"]'));
        await shot('results');
        if (width === 375 && scheme === 'light') {
          const height = await tab.evaluate(() => Math.round(document.querySelector('news-quiz').getBoundingClientRect().height));
          measured.push(`results screen at 375 px (${lang}, 10 questions, 4 right): ${height} px tall`);
        }
        await act(tab, openReview);
        await shot('review');
        await press(tab, button, lang === 'uk' ? 'Повторити запитання з помилками' : 'Retry the missed ones');
        await shot('retry');
        await show(tab, { src: '/questions/missing.json' });
        await shot('error-404');
        await show(tab, { src: '/test/fixtures/element/invalid-bank.json' });
        await shot('error-invalid');
        // A bank with more problems than the error screen lists.
        await tab.evaluate(async (src) => {
          const bank = await (await fetch(src)).json();
          for (let i = 0; i < 150; i += 1) bank.entities.push({ id: `e${i}`, type: 'no-such-type', label: `Entity ${i}` });
          const el = document.querySelector('news-quiz');
          el.bank = bank;
          await el.ready.catch(() => undefined);
        }, REAL);
        await shot('error-many');
        await tab.close();
      }
    }
  }
} finally {
  await browser.close();
  server.close();
}
console.log(`${taken.length} screenshots in screenshots/`);
for (const line of measured) console.log(line);
