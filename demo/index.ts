/**
 * The self-check page, for readers: the briefings, the quiz, its settings and share link, and the
 * element's events as they fire. The settings live in the page address, so reloading or sharing the
 * link gives the same quiz. Nothing here shows the answers before the reader gives them: the
 * worksheet with its answer key and the Moodle export are on the teacher's page.
 */
import '../src/element/news-quiz.js';
import type { NewsQuiz } from '../src/element/news-quiz.js';
import type { Bank } from '../src/domain/bank.js';
import { settingsForm } from './form.js';
import { $, browserContext, newSeed, type PageContext } from './page.js';
import { readSettings, settingsToSearch, shareUrl, type QuizSettings } from './settings.js';

export { newSeed, type PageContext } from './page.js';

/** The running page: its settings and the bank once loaded. */
export interface SelfCheckPage {
  readonly quiz: NewsQuiz;
  settings(): QuizSettings;
  /** The element's bank once loaded (or why it could not be): its `ready` promise. */
  readonly bank: Promise<Bank>;
}

/**
 * Wires the page under `root`: reads the settings from the address, applies them to the element
 * and the form, keeps address and share link in step with the form, and logs the element's events.
 */
export function mountSelfCheck(root: ParentNode, context: PageContext = browserContext): SelfCheckPage {
  const quiz = $<NewsQuiz>(root, 'news-quiz');
  const shareInput = $<HTMLInputElement>(root, '#share-link');
  const shareAnchor = $<HTMLAnchorElement>(root, '#share-anchor');
  const shareStatus = $<HTMLElement>(root, '#share-status');
  const log = $<HTMLOListElement>(root, '#event-log');
  const empty = $<HTMLElement>(root, '#event-empty');
  const clear = $<HTMLButtonElement>(root, '#clear-events');

  let settings = readSettings(context.location.search, newSeed);

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
    shareStatus.textContent = '';
  }

  const form = settingsForm($<HTMLFormElement>(root, '#settings'), settings, (next) => {
    settings = next;
    apply();
  });

  /**
   * The settings of the quiz on screen. The element's own quiz wins: its "New quiz" button and a
   * restored attempt can hold another seed than the address, and the share link must give the
   * quiz the reader sees.
   */
  const onScreen = (): QuizSettings => ({ ...settings, seed: quiz.quiz?.seed ?? settings.seed, count: quiz.quiz?.questions.length ?? settings.count });

  /** Puts the on-screen quiz's seed in the seed box and the share link. */
  function showOnScreen(): void {
    const current = onScreen();
    const url = shareUrl(context.location.href, current);
    $<HTMLInputElement>(root, '#seed').value = current.seed;
    shareInput.value = url;
    shareAnchor.href = url;
  }

  $(root, '#copy-link').addEventListener('click', async () => {
    shareInput.select();
    try {
      await navigator.clipboard.writeText(shareInput.value);
      shareStatus.textContent = 'Link copied.';
    } catch {
      shareStatus.textContent = 'Select the link and copy it (the browser did not allow copying).';
    }
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
    record(e.type, { seed: e.seed, questions: e.questions.map((q) => q.id), retry: e.retry });
    showOnScreen();
  });
  quiz.addEventListener('news-quiz-answer', (e) =>
    record(e.type, { questionId: e.questionId, kind: e.kind, answer: e.answer, correct: e.correct, points: e.points, retry: e.retry }),
  );
  quiz.addEventListener('news-quiz-complete', (e) =>
    record(e.type, {
      score: e.score,
      max: e.max,
      percent: e.percent,
      passed: e.passed,
      seed: e.seed,
      questions: e.questions.length,
      retry: e.retry && { retry: e.retry.retry, score: e.retry.score, max: e.retry.max, percent: e.retry.percent },
    }),
  );
  clear.addEventListener('click', () => {
    log.replaceChildren();
    empty.hidden = false;
    clear.hidden = true;
  });

  form.fill(settings);
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
  const retry = d['retry'] ? ' (a retry: practice)' : '';
  if (name === 'news-quiz-start') return `seed "${String(d['seed'])}", ${(d['questions'] as unknown[]).length} questions${retry}`;
  if (name === 'news-quiz-answer') return `${String(d['questionId'])}: ${d['correct'] ? 'right' : 'not right'} (${String(d['points'])} points)${retry}`;
  return `${String(d['score'])} of ${String(d['max'])} (${String(d['percent'])}%), ${d['passed'] ? 'passed' : 'not passed'}${retry ? '; retry recorded apart' : ''}`;
}

if (document.body?.dataset['page'] === 'self-check') {
  mountSelfCheck(document);
  document.documentElement.dataset['ready'] = 'true';
}
