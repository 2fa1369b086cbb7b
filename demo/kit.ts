/**
 * The teacher's kit, made from the quiz a class gets: the printable worksheet (questions, then the
 * answer key on a page of its own), the same in a new tab, and the quiz as Moodle GIFT. It shows the
 * answers, so it belongs on the teacher's page only, never on a page a student sees.
 */
import type { Bank } from '../src/domain/bank.js';
import { QUIZ_FORMATS } from '../src/export/formats.js';
import { giftFor, kitFileName, quizFor, worksheetFor, type QuizSettings } from './settings.js';
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
          const current = settings();
          const made = quizFor(b, current).questions.length;
          // The students' quiz has as many questions as the bank can make: the kit says so.
          const fewer = made < current.count ? ` This bank can make ${made} question${made === 1 ? '' : 's'} with these settings, not the ${current.count} asked for.` : '';
          status.textContent = `${action(b)}${fewer}`;
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
      const name = kitFileName(b, current, QUIZ_FORMATS.gift.extension);
      context.save(name, giftFor(b, current), QUIZ_FORMATS.gift.mediaType);
      return `Saved ${name}: in Moodle, Question bank › Import › GIFT format.`;
    }),
  );
}
