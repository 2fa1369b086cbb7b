/**
 * The teacher's kit, made from the quiz a class gets: the printable worksheet (questions, then the
 * answer key on a page of its own), the same in a new tab, and the quiz as Moodle GIFT. It shows the
 * answers, so it belongs on the teacher's page only, never on a page a student sees.
 */
import type { Bank } from '../src/domain/bank.js';
import { giftFor, kitFileName, worksheetFor, type QuizSettings } from './settings.js';
import { $, type PageContext } from './page.js';

/** Wires the kit's buttons under `root` (`#print-worksheet`, `#open-worksheet`, `#download-gift`, status in `#kit-status`). */
export function mountKit(root: ParentNode, bank: Promise<Bank>, settings: () => QuizSettings, context: PageContext): void {
  const status = $<HTMLElement>(root, '#kit-status');
  /** Runs a kit action with the bank, saying what went wrong if it cannot. */
  const withBank = (action: (bank: Bank) => string): void => {
    status.textContent = 'Preparing…';
    bank.then(
      (b) => {
        try {
          status.textContent = action(b);
        } catch (error) {
          status.textContent = `Cannot make this quiz: ${(error as Error).message}.`;
        }
      },
      (error: Error) => (status.textContent = `Cannot make this quiz: ${error.message}.`),
    );
  };
  $(root, '#print-worksheet').addEventListener('click', () =>
    withBank((b) => {
      context.print(worksheetFor(b, settings()));
      return 'Worksheet sent to the printer dialog.';
    }),
  );
  $(root, '#open-worksheet').addEventListener('click', () =>
    withBank((b) => {
      context.open(worksheetFor(b, settings()));
      return 'Worksheet opened in a new tab.';
    }),
  );
  $(root, '#download-gift').addEventListener('click', () =>
    withBank((b) => {
      const current = settings();
      const name = kitFileName(b, current, 'gift');
      context.save(name, giftFor(b, current), 'text/plain;charset=utf-8');
      return `Saved ${name}: in Moodle, Question bank › Import › GIFT format.`;
    }),
  );
}
