/**
 * What the demo pages share: their surroundings (address, files, printing) behind one small
 * interface that tests replace, a quiz code maker, and the bank a page's quiz uses.
 */
import type { Bank } from '../src/domain/bank.js';
import { parseBank } from '../src/domain/parse.js';
import { saveFile } from '../src/element/download.js';

export { newSeed } from '../src/element/seed.js';

/** What a page needs from its surroundings; tests pass their own. */
export interface PageContext {
  /** The page's address (read for settings, written back with `replace`). */
  location: { href: string; search: string };
  /** Replaces the address without a reload. */
  replace(url: string): void;
  /** Saves a file (the GIFT export). */
  save(name: string, text: string, type: string): void;
  /** Prints a worksheet (HTML). */
  print(html: string): void;
  /** Opens an HTML document in a new tab (the worksheet with its answer key). */
  open(html: string): void;
}

/** The browser's own context: history, a download link, a hidden frame to print from, a new tab. */
export const browserContext: PageContext = {
  location: window.location,
  replace: (url) => history.replaceState(null, '', url),
  save: (name, text, type) => saveFile(name, text, type),
  print: (html) => {
    const frame = Object.assign(document.createElement('iframe'), { title: 'Worksheet to print', srcdoc: html });
    frame.className = 'print-frame';
    frame.addEventListener('load', () => {
      frame.contentWindow?.focus();
      frame.contentWindow?.print();
      setTimeout(() => frame.remove(), 60_000);
    });
    document.body.append(frame);
  },
  open: (html) => {
    const url = URL.createObjectURL(new Blob([html], { type: 'text/html;charset=utf-8' }));
    window.open(url, '_blank', 'noopener');
    setTimeout(() => URL.revokeObjectURL(url), 60_000);
  },
};

/** The one element matching `selector` under `root`; a page missing it is a bug, said at once. */
export const $ = <T extends Element>(root: ParentNode, selector: string): T => {
  const found = root.querySelector<T>(selector);
  if (!found) throw new Error(`demo page: missing ${selector}`);
  return found;
};

/** The bank at `url` (relative to the page at `base`), or why it could not be read. */
export function fetchBank(url: string, base: string): Promise<Bank> {
  const bank = fetch(new URL(url, base).href)
    .then((response) => {
      if (!response.ok) throw new Error(`the bank could not be loaded (HTTP ${response.status})`);
      return response.text();
    })
    .then((text) => {
      const parsed = parseBank(text);
      if (!parsed.bank) throw new Error(`the bank has problems: ${parsed.problems.map((p) => `${p.path}: ${p.message}`).join('; ')}`);
      return parsed.bank;
    });
  bank.catch(() => undefined);
  return bank;
}
