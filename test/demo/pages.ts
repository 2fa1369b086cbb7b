// Shared by the demo page tests: a page context that records what a page does instead of doing it,
// a page's body mounted in a container, and a page loaded in a frame of a given width.
import { waitUntil } from '@open-wc/testing';
import type { PageContext } from '../../demo/page.js';
import { uniqueId } from '../element/helpers.js';

/** A context that records what the page saves, prints, opens and writes to the address. */
export function recordingContext(href: string) {
  const url = new URL(href, location.origin);
  const record = { replaced: [] as string[], saved: [] as { name: string; text: string; type: string }[], printed: [] as string[], opened: [] as string[] };
  const context: PageContext = {
    location: { href: url.href, search: url.search },
    replace: (to) => record.replaced.push(to),
    save: (name, text, type) => record.saved.push({ name, text, type }),
    print: (html) => record.printed.push(html),
    open: (html) => record.opened.push(html),
  };
  return { context, record };
}

const bodies = new Map<string, string>();
/** The body of the page at `path`, fetched and parsed as the browser would, placed in a fresh container under body. */
export async function pageBody(path: string): Promise<HTMLElement> {
  if (!bodies.has(path)) bodies.set(path, new DOMParser().parseFromString(await (await fetch(path)).text(), 'text/html').body.innerHTML);
  const container = document.createElement('div');
  container.innerHTML = bodies.get(path)!;
  // Saved attempts are keyed by the element's id; a fresh one per mount keeps tests apart.
  const quiz = container.querySelector('news-quiz');
  if (quiz) quiz.id = uniqueId(path.replace(/\W+/g, '-'));
  document.body.append(container);
  return container;
}

/** Loads `src` in a frame `width` px wide and waits until the page's module has run to the end. */
export async function framed(src: string, width: number, height = 800): Promise<HTMLIFrameElement> {
  const frame = document.createElement('iframe');
  frame.style.width = `${width}px`;
  frame.style.height = `${height}px`;
  frame.style.border = '0';
  frame.src = src;
  document.body.append(frame);
  await waitUntil(() => frame.contentDocument?.documentElement?.dataset['ready'] === 'true', `${src}: the page module did not finish`, { timeout: 15000 });
  return frame;
}
