/**
 * The self-check page: wires the settings form, the share link, the teacher's
 * kit and the event log to the `<news-quiz>` on the page. The settings live in
 * the page address, so reloading or sharing the link gives the same quiz.
 */
import '../src/element/news-quiz.js';
import type { NewsQuiz } from '../src/element/news-quiz.js';
import { saveFile } from '../src/element/download.js';
import { newSeed } from '../src/element/seed.js';
import type { Bank } from '../src/domain/bank.js';
import type { QuestionKind } from '../src/domain/question.js';
import { QUIZ_FORMATS } from '../src/export/formats.js';
import { DEFAULT_COUNT } from '../src/domain/generate.js';
import {
  MAX_COUNT,
  giftFor,
  kitFileName,
  readSettings,
  settingsToSearch,
  shareUrl,
  worksheetFor,
  type QuizSettings,
} from './settings.js';

/** What the page needs from its surroundings; tests pass their own. */
export interface PageContext {
  /** The page's address (read for settings, written back with `replace`). */
  location: { href: string; search: string };
  /** Replaces the address without a reload. */
  replace(url: string): void;
  /** Saves a file (the GIFT export). */
  save(name: string, text: string, type: string): void;
  /** Prints a worksheet (HTML). */
  print(html: string): void;
}

/** The browser's own context: history, a download link, a hidden frame to print from. */
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
};

const $ = <T extends Element>(root: ParentNode, selector: string): T => {
  const found = root.querySelector<T>(selector);
  if (!found) throw new Error(`self-check page: missing ${selector}`);
  return found;
};

/** The running page: its settings and the bank once loaded. */
export interface SelfCheckPage {
  readonly quiz: NewsQuiz;
  settings(): QuizSettings;
  /** The element's bank once loaded (or why it could not be): its `ready` promise. */
  readonly bank: Promise<Bank>;
}

/**
 * Wires the page under `root`: reads the settings from the address, applies
 * them to the element and the form, keeps address and share link in step with
 * the form, runs the kit buttons, and logs the element's events.
 */
export function mountSelfCheck(root: ParentNode, context: PageContext = browserContext): SelfCheckPage {
  const quiz = $<NewsQuiz>(root, 'news-quiz');
  const form = $<HTMLFormElement>(root, '#settings');
  const seedInput = $<HTMLInputElement>(root, '#seed');
  const countInput = $<HTMLInputElement>(root, '#count');
  const difficultyInput = $<HTMLSelectElement>(root, '#difficulty');
  const shareInput = $<HTMLInputElement>(root, '#share-link');
  const shareAnchor = $<HTMLAnchorElement>(root, '#share-anchor');
  const kitStatus = $<HTMLElement>(root, '#kit-status');
  const openWorksheet = $<HTMLAnchorElement>(root, '#open-worksheet');
  const log = $<HTMLOListElement>(root, '#event-log');
  const empty = $<HTMLElement>(root, '#event-empty');
  const clear = $<HTMLButtonElement>(root, '#clear-events');

  let settings = readSettings(context.location.search, newSeed);
  countInput.max = String(MAX_COUNT);

  const checked = (name: string): string[] =>
    [...form.querySelectorAll<HTMLInputElement>(`input[name="${name}"]:checked`)].map((input) => input.value);

  function fillForm(): void {
    seedInput.value = settings.seed;
    countInput.value = String(settings.count);
    for (const radio of form.querySelectorAll<HTMLInputElement>('input[name="mode"]')) radio.checked = radio.value === settings.mode;
    for (const box of form.querySelectorAll<HTMLInputElement>('input[name="kinds"]')) box.checked = settings.kinds?.includes(box.value as QuestionKind) ?? false;
    for (const box of form.querySelectorAll<HTMLInputElement>('input[name="articles"]')) box.checked = settings.articles?.includes(box.value) ?? false;
    difficultyInput.value = settings.difficulty ? String(settings.difficulty) : '';
    if (settings.kinds?.length || settings.articles?.length || settings.difficulty) $<HTMLDetailsElement>(root, 'details.more').open = true;
  }

  /** Puts the settings on the element, in the address and in the share link. */
  function apply(): void {
    quiz.seed = settings.seed;
    quiz.count = settings.count;
    quiz.mode = settings.mode;
    quiz.kinds = settings.kinds;
    quiz.difficulty = settings.difficulty;
    quiz.articles = settings.articles;
    const url = shareUrl(context.location.href, settings);
    context.replace(`?${settingsToSearch(settings)}`);
    shareInput.value = url;
    shareAnchor.href = url;
    kitStatus.textContent = '';
  }

  /**
   * The settings of the quiz on screen. The element's own quiz wins: its "New quiz" button and a
   * restored attempt can hold another seed than the address, and the share link and the kit must
   * give the quiz the reader sees.
   */
  const onScreen = (): QuizSettings => ({ ...settings, seed: quiz.quiz?.seed ?? settings.seed, count: quiz.quiz?.questions.length ?? settings.count });

  /** Puts the on-screen quiz's seed in the seed box and the share link. */
  function showOnScreen(): void {
    const current = onScreen();
    const url = shareUrl(context.location.href, current);
    seedInput.value = current.seed;
    shareInput.value = url;
    shareAnchor.href = url;
  }

  function readForm(): void {
    const count = Number(countInput.value);
    const difficulty = Number(difficultyInput.value);
    const kinds = checked('kinds') as QuestionKind[];
    const articles = checked('articles');
    settings = {
      seed: seedInput.value.trim().slice(0, 64) || settings.seed,
      count: Number.isInteger(count) && count >= 1 && count <= MAX_COUNT ? count : DEFAULT_COUNT,
      mode: checked('mode')[0] === 'test' ? 'test' : 'practice',
      ...(kinds.length ? { kinds } : {}),
      ...(difficulty === 1 || difficulty === 2 || difficulty === 3 ? { difficulty } : {}),
      ...(articles.length ? { articles } : {}),
    };
    apply();
  }

  form.addEventListener('change', readForm);
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    readForm();
  });
  $(root, '#new-seed').addEventListener('click', () => {
    seedInput.value = newSeed();
    readForm();
  });
  $(root, '#copy-link').addEventListener('click', async () => {
    shareInput.select();
    try {
      await navigator.clipboard.writeText(shareInput.value);
      kitStatus.textContent = 'Link copied.';
    } catch {
      kitStatus.textContent = 'Select the link and copy it (the browser did not allow copying).';
    }
  });

  /** Runs a kit action with the element's bank, saying what went wrong if it cannot. */
  const withBank = (action: (bank: Bank) => string): void => {
    kitStatus.textContent = 'Preparing…';
    quiz.ready.then(
      (b) => {
        try {
          kitStatus.textContent = action(b);
        } catch (error) {
          kitStatus.textContent = `Cannot make this quiz: ${(error as Error).message}.`;
        }
      },
      // The element's error screen says why.
      () => (kitStatus.textContent = 'The quiz above could not be made, so there is nothing to print or export.'),
    );
  };
  $(root, '#print-worksheet').addEventListener('click', () =>
    withBank((b) => {
      context.print(worksheetFor(b, onScreen()));
      return 'Worksheet sent to the printer dialog.';
    }),
  );
  $(root, '#download-gift').addEventListener('click', () =>
    withBank((b) => {
      const current = onScreen();
      const name = kitFileName(b, current, QUIZ_FORMATS.gift.extension);
      context.save(name, giftFor(b, current), QUIZ_FORMATS.gift.mediaType);
      return `Saved ${name}: in Moodle, Question bank › Import › GIFT format.`;
    }),
  );
  openWorksheet.addEventListener('click', (event) => {
    event.preventDefault();
    withBank((b) => {
      const url = URL.createObjectURL(new Blob([worksheetFor(b, onScreen())], { type: QUIZ_FORMATS.worksheet.mediaType }));
      window.open(url, '_blank', 'noopener');
      setTimeout(() => URL.revokeObjectURL(url), 60_000);
      return 'Worksheet opened in a new tab.';
    });
  });

  // The event log: what a page embedding the element would receive.
  let n = 0;
  const record = (name: string, detail: Record<string, unknown>): void => {
    n += 1;
    const item = document.createElement('li');
    const head = document.createElement('p');
    const code = document.createElement('code');
    code.textContent = name;
    head.append(`${n}. `, code, ` ${summary(name, detail)}`);
    const more = document.createElement('details');
    const label = document.createElement('summary');
    label.textContent = 'Event fields';
    const pre = document.createElement('pre');
    pre.textContent = JSON.stringify(detail, null, 2);
    more.append(label, pre);
    item.append(head, more);
    log.prepend(item);
    empty.hidden = true;
    clear.hidden = false;
  };
  // A restored attempt may hold the seed of an earlier "New quiz": once the element has made its
  // quiz, the seed box and the share link follow it.
  quiz.addEventListener('news-quiz-ready', showOnScreen);
  quiz.addEventListener('news-quiz-start', (e) => {
    record(e.type, { seed: e.seed, questions: e.questions.map((q) => q.id) });
    showOnScreen();
  });
  quiz.addEventListener('news-quiz-answer', (e) =>
    record(e.type, { questionId: e.questionId, kind: e.kind, answer: e.answer, correct: e.correct, points: e.points }),
  );
  quiz.addEventListener('news-quiz-complete', (e) =>
    record(e.type, { score: e.score, max: e.max, percent: e.percent, passed: e.passed, seed: e.seed, questions: e.questions.length }),
  );
  clear.addEventListener('click', () => {
    log.replaceChildren();
    empty.hidden = false;
    clear.hidden = true;
  });

  fillForm();
  apply();
  return {
    quiz,
    settings: () => settings,
    get bank() {
      return quiz.ready;
    },
  };
}

/** One line about an event for the log. */
function summary(name: string, d: Record<string, unknown>): string {
  if (name === 'news-quiz-start') return `seed "${String(d['seed'])}", ${(d['questions'] as unknown[]).length} questions`;
  if (name === 'news-quiz-answer') return `${String(d['questionId'])}: ${d['correct'] ? 'right' : 'not right'} (${String(d['points'])} points)`;
  return `${String(d['score'])} of ${String(d['max'])} (${String(d['percent'])}%), ${d['passed'] ? 'passed' : 'not passed'}`;
}

if (document.body?.dataset['page'] === 'self-check') {
  mountSelfCheck(document);
  document.documentElement.dataset['ready'] = 'true';
}
