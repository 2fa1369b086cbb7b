// Look and feel: 320 px wide and 200% zoom without sideways scrolling, dark scheme, reduced motion,
// theming through --news-quiz-* custom properties set on the page, and a visible focus ring.
import { expect, html } from '@open-wc/testing';
import { emulateMedia, sendKeys, setViewport } from '@web/test-runner-commands';
import type { NewsQuiz } from '../../src/element/news-quiz.js';
import { $, SMALL, answer, button, click, quiz, submit, uniqueId } from './helpers.js';

/** The widest box in the quiz must fit in the quiz. */
function fits(el: NewsQuiz): void {
  const width = el.getBoundingClientRect().width;
  for (const node of el.shadowRoot!.querySelectorAll<HTMLElement>('*')) {
    if (getComputedStyle(node).clipPath !== 'none') continue; // visually hidden text for screen readers
    expect(node.scrollWidth, `${node.tagName} ${node.textContent!.slice(0, 30)}`).to.be.at.most(Math.ceil(width) + 1);
  }
  expect(document.documentElement.scrollWidth).to.be.at.most(window.innerWidth);
}

async function everyScreen(el: NewsQuiz, check: () => void): Promise<void> {
  check();
  await click(el, button(el, 'Start the quiz'));
  check();
  await answer(el, false);
  await submit(el);
  check();
  await click(el, $(el, '[data-next]'));
  await answer(el, true);
  await submit(el);
  await click(el, $(el, '[data-next]'));
  check();
}

describe('news-quiz: look', () => {
  afterEach(async () => {
    await setViewport({ width: 800, height: 600 });
    await emulateMedia({ colorScheme: 'light', reducedMotion: 'no-preference' });
    document.documentElement.style.removeProperty('zoom');
    document.documentElement.style.removeProperty('--news-quiz-accent');
  });

  it('fits 320 px wide on every screen', async () => {
    await setViewport({ width: 320, height: 640 });
    const el = await quiz(html`<news-quiz id=${uniqueId('narrow')} src=${SMALL} seed="n" count="2"></news-quiz>`, 'start');
    await everyScreen(el, () => fits(el));
  });

  it('fits at 200% zoom in a 640 px window', async () => {
    await setViewport({ width: 640, height: 800 });
    document.documentElement.style.setProperty('zoom', '2');
    const el = await quiz(html`<news-quiz id=${uniqueId('zoom')} src=${SMALL} seed="z" count="2"></news-quiz>`, 'start');
    await everyScreen(el, () => fits(el));
  });

  it('follows a dark colour scheme and passes axe in it', async () => {
    await emulateMedia({ colorScheme: 'dark' });
    const el = await quiz(html`<news-quiz id=${uniqueId('dark')} src=${SMALL} seed="d" count="2"></news-quiz>`, 'start');
    expect(getComputedStyle(el).backgroundColor).to.equal('rgb(27, 27, 31)');
    expect(getComputedStyle(el).color).to.equal('rgb(227, 227, 227)');
    await expect(el).to.be.accessible();
    await click(el, button(el, 'Start the quiz'));
    await answer(el, false);
    await submit(el);
    await expect(el).to.be.accessible();
  });

  it('drops the progress animation when the reader prefers reduced motion', async () => {
    const el = await quiz(html`<news-quiz id=${uniqueId('motion')} src=${SMALL} seed="m" count="2"></news-quiz>`, 'start');
    await click(el, button(el, 'Start the quiz'));
    const fill = $(el, '[part="progress"] > div');
    expect(getComputedStyle(fill).transitionDuration).to.equal('0.3s');
    await emulateMedia({ reducedMotion: 'reduce' });
    expect(getComputedStyle(fill).transitionDuration).to.equal('0s');
  });

  it('takes its accent from --news-quiz-accent set on the page root', async () => {
    document.documentElement.style.setProperty('--news-quiz-accent', 'rgb(120, 0, 80)');
    const el = await quiz(html`<news-quiz id=${uniqueId('theme')} src=${SMALL} seed="t" count="2"></news-quiz>`, 'start');
    expect(getComputedStyle(button(el, 'Start the quiz')).backgroundColor).to.equal('rgb(120, 0, 80)');
  });

  it('shows a focus ring on keyboard focus', async () => {
    const el = await quiz(html`<news-quiz id=${uniqueId('ring')} src=${SMALL} seed="f" count="2"></news-quiz>`, 'start');
    const start = button(el, 'Start the quiz');
    start.focus();
    await sendKeys({ down: 'Shift' });
    await sendKeys({ press: 'Tab' });
    await sendKeys({ up: 'Shift' });
    await sendKeys({ press: 'Tab' });
    expect(el.shadowRoot!.activeElement).to.equal(start);
    const style = getComputedStyle(start);
    expect(style.outlineStyle).to.equal('solid');
    expect(parseFloat(style.outlineWidth)).to.be.at.least(2);
    // Enter moves the focus to the question's heading, which shows the ring too.
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    const heading = el.shadowRoot!.querySelector('h2')!;
    expect(el.shadowRoot!.activeElement).to.equal(heading);
    expect(getComputedStyle(heading).outlineStyle).to.equal('solid');
  });
});
