// Shared helpers for the element tests: make a quiz, wait for a screen, find things by role or part.
import { expect, fixture, oneEvent, waitUntil } from '@open-wc/testing';
import type { TemplateResult } from 'lit';
import '../../src/element/news-quiz.js';
import type { NewsQuiz } from '../../src/element/news-quiz.js';
import type { Bank } from '../../src/domain/bank.js';
import type { Question } from '../../src/domain/question.js';

/** The small fixture bank, served by the test runner. */
export const SMALL = '/test/fixtures/element/small-bank.json';

let counter = 0;
/** A page-wide unique element id, so that saved attempts of different tests never meet. */
export const uniqueId = (prefix: string): string => `${prefix}-${Date.now().toString(36)}-${(counter += 1)}`;

/** Fetches a fixture bank as data. */
export async function loadBank(url = SMALL): Promise<Bank> {
  return (await (await fetch(url)).json()) as Bank;
}

/** The screen on show: start, question, results or error (by part), or '' while loading. */
export function screen(el: NewsQuiz): string {
  const part = el.shadowRoot!.querySelector('section')?.getAttribute('part');
  return part ?? '';
}

/** Waits until the quiz shows `part` (default: any screen). */
export async function shows(el: NewsQuiz, part?: string, timeout = 15000): Promise<void> {
  await waitUntil(() => (part ? screen(el) === part : screen(el) !== ''), `expected the ${part ?? 'any'} screen, saw "${screen(el)}"`, {
    timeout,
  });
  await el.updateComplete;
}

/** Makes a quiz and waits for its first screen. */
export async function quiz(template: TemplateResult, part?: string): Promise<NewsQuiz> {
  const el = await fixture<NewsQuiz>(template);
  await shows(el, part);
  return el;
}

/** One element in the quiz's shadow root; fails the test when missing. */
export function $<T extends Element = HTMLElement>(el: NewsQuiz, selector: string): T {
  const found = el.shadowRoot!.querySelector<T>(selector);
  if (!found) throw new Error(`no "${selector}" on the ${screen(el)} screen`);
  return found;
}

/** Every element matching `selector` in the quiz's shadow root. */
export const $$ = <T extends Element = HTMLElement>(el: NewsQuiz, selector: string): T[] => [
  ...el.shadowRoot!.querySelectorAll<T>(selector),
];

/** The button whose text is `text`. */
export function button(el: NewsQuiz, text: string | RegExp): HTMLButtonElement {
  const found = $$<HTMLButtonElement>(el, 'button').find((b) =>
    typeof text === 'string' ? b.textContent!.trim() === text : text.test(b.textContent!),
  );
  if (!found) throw new Error(`no button "${text}" on the ${screen(el)} screen`);
  return found;
}

/** Visible text of the quiz's shadow root, spaces collapsed. */
export const text = (el: NewsQuiz): string => el.shadowRoot!.textContent!.replace(/\s+/g, ' ');

/** The live region's text. */
export const live = (el: NewsQuiz): string => $(el, '[role="status"]').textContent!.trim();

/** The focused element inside the quiz. */
export const focused = (el: NewsQuiz): Element | null => el.shadowRoot!.activeElement;

/** Clicks and waits for the re-render. */
export async function click(el: NewsQuiz, target: HTMLElement): Promise<void> {
  target.click();
  await el.updateComplete;
}

/** Gives an answer to the question on show, right (`true`) or wrong (`false`), through its inputs. */
export async function answer(el: NewsQuiz, right: boolean): Promise<void> {
  const q = current(el);
  const root = el.shadowRoot!;
  switch (q.kind) {
    case 'choice':
    case 'truefalse':
    case 'support':
    case 'claim':
    case 'reason': {
      const radios = [...root.querySelectorAll<HTMLInputElement>('input[type="radio"]')];
      const index = right ? q.correct : q.options.findIndex((_, i) => i !== q.correct);
      radios[index]!.click();
      break;
    }
    case 'match': {
      // One group of radios per left item: pick the right partner, or the next item's partner.
      q.left.forEach((_, i) => {
        const j = right ? q.pairs[i] : q.pairs[(i + 1) % q.pairs.length];
        root.querySelector<HTMLInputElement>(`input[name="pair-${i}"][value="${j}"]`)!.click();
      });
      break;
    }
    case 'order':
    case 'sequence': {
      if (right) {
        // Bubble each item into place with the move buttons.
        for (let target = 0; target < q.order.length; target += 1) {
          await el.updateComplete;
          const labels = [...root.querySelectorAll('.order li span')].map((s) => s.textContent);
          let place = labels.indexOf(q.items[q.order[target]!]!);
          while (place > target) {
            root.querySelector<HTMLButtonElement>(`[data-move="-1"][data-place="${place}"]`)!.click();
            await el.updateComplete;
            place -= 1;
          }
        }
      } else {
        // Swap the first two; if that happens to be the right order, swap the next two as well.
        root.querySelector<HTMLButtonElement>('[data-move="1"][data-place="0"]')!.click();
        await el.updateComplete;
        const shown = [...root.querySelectorAll('.order li span')].map((s) => s.textContent);
        if (shown.join() === q.order.map((i) => q.items[i]).join()) {
          root.querySelector<HTMLButtonElement>('[data-move="1"][data-place="1"]')!.click();
        }
      }
      break;
    }
    default: {
      const input = root.querySelector<HTMLInputElement>('input#typed')!;
      const expected =
        q.kind === 'text' ? q.accept[0]! : q.kind === 'number' ? String(q.value) : 'accept' in q.blank ? q.blank.accept[0]! : String(q.blank.value);
      input.value = right ? expected : q.kind === 'number' || (q.kind === 'cloze' && q.blank.type === 'number') ? '987654' : 'Zzyzx Qwerty';
      input.dispatchEvent(new Event('input'));
    }
  }
  await el.updateComplete;
}

/** The question on show. */
export function current(el: NewsQuiz): Question {
  const attempt = el.attempt!;
  return el.quiz!.questions[attempt.round[attempt.position]!]!;
}

/** Submits the answer on show (the form's button). */
export async function submit(el: NewsQuiz): Promise<void> {
  $<HTMLButtonElement>(el, 'form > button').click();
  await el.updateComplete;
}

/** The next `name` event from `el`, typed as the element fires it (oneEvent, typed). */
export const once = <K extends 'news-quiz-start' | 'news-quiz-answer' | 'news-quiz-complete'>(
  el: EventTarget,
  name: K,
): Promise<GlobalEventHandlersEventMap[K]> => oneEvent(el, name) as unknown as Promise<GlobalEventHandlersEventMap[K]>;

/**
 * In the `describe` it is called in: fails each test that leaves an uncaught error or an unhandled
 * rejection, and puts back the page's `fetch` after each test (tests may replace it).
 */
export function failOnUncaught(): void {
  const uncaught: unknown[] = [];
  const onError = (e: ErrorEvent): void => void uncaught.push(e.error ?? e.message);
  const onRejection = (e: PromiseRejectionEvent): void => void uncaught.push(e.reason);
  const realFetch = window.fetch;
  beforeEach(() => {
    uncaught.length = 0;
    window.addEventListener('error', onError);
    window.addEventListener('unhandledrejection', onRejection);
  });
  afterEach(() => {
    window.fetch = realFetch;
    window.removeEventListener('error', onError);
    window.removeEventListener('unhandledrejection', onRejection);
    expect(uncaught, 'no uncaught exception or unhandled rejection').to.deep.equal([]);
  });
}
