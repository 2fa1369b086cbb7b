/**
 * The teacher's page: the quiz settings, the link that opens the quiz alone for students (the
 * student page, with the settings fixed), and the kit: the worksheet with its answer key, printed
 * or in a new tab, and the Moodle export. The settings live in the page address, so a teacher can
 * bookmark a quiz set up once.
 */
import type { Bank } from '../src/domain/bank.js';
import { settingsForm } from './form.js';
import { mountKit } from './kit.js';
import { $, browserContext, fetchBank, newSeed, type PageContext } from './page.js';
import { readSettings, settingsToSearch, studentUrl, type QuizSettings } from './settings.js';

/** The running page. */
export interface TeacherPage {
  settings(): QuizSettings;
  /** The link the class gets. */
  link(): string;
  /** Resolves with the bank (or rejects with why it could not be read). */
  bank: Promise<Bank>;
}

/** Wires the teacher's page under `root`. */
export function mountTeacher(root: ParentNode, context: PageContext = browserContext): TeacherPage {
  const main = $<HTMLElement>(root, 'main[data-bank]');
  const linkInput = $<HTMLInputElement>(root, '#student-link');
  const linkAnchor = $<HTMLAnchorElement>(root, '#student-anchor');
  const status = $<HTMLElement>(root, '#share-status');
  let settings = readSettings(context.location.search, newSeed);
  const bankUrl = main.dataset['bank']!;

  /** The students' link for these settings. */
  const link = (): string => studentUrl(context.location.href, settings);

  function apply(): void {
    context.replace(`?${settingsToSearch(settings)}`);
    linkInput.value = link();
    linkAnchor.href = link();
    status.textContent = '';
  }

  settingsForm($<HTMLFormElement>(root, '#settings'), settings, (next) => {
    settings = next;
    apply();
  });
  $(root, '#copy-link').addEventListener('click', async () => {
    linkInput.select();
    try {
      await navigator.clipboard.writeText(linkInput.value);
      status.textContent = 'Link copied: paste it where your class will find it.';
    } catch {
      status.textContent = 'Select the link and copy it (the browser did not allow copying).';
    }
  });

  const bank = fetchBank(bankUrl, context.location.href);
  mountKit(root, bank, () => settings, context);
  apply();
  return { settings: () => settings, link, bank };
}

if (document.body?.dataset['page'] === 'teacher') {
  mountTeacher(document);
  document.documentElement.dataset['ready'] = 'true';
}
