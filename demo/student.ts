/**
 * The student page: the quiz alone, as a teacher set it. The settings (quiz code, number of
 * questions, mode, kinds, difficulty, articles, language, pass mark) come from the link and are
 * fixed: no settings, no kit, no answers before they are given, and no New quiz to swap the
 * teacher's quiz for another. The page speaks the quiz's language and takes the bank's title.
 */
import '../src/element/news-quiz.js';
import type { NewsQuiz } from '../src/element/news-quiz.js';
import { $, fetchBank, newSeed, type PageContext } from './page.js';
import { readSettings, type QuizSettings } from './settings.js';

/** The running page. */
export interface StudentPage {
  readonly quiz: NewsQuiz;
  readonly settings: QuizSettings;
}

/** Applies the link's settings to the quiz under `root`; `lang` goes on `page` (the document's root element). */
export function mountStudent(root: ParentNode, location: PageContext['location'] = window.location, page: HTMLElement = document.documentElement): StudentPage {
  const quiz = $<NewsQuiz>(root, 'news-quiz');
  const settings = readSettings(location.search, newSeed);
  if (settings.lang) page.lang = settings.lang;
  quiz.seed = settings.seed;
  quiz.count = settings.count;
  quiz.mode = settings.mode;
  quiz.kinds = settings.kinds;
  quiz.difficulty = settings.difficulty;
  quiz.articles = settings.articles;
  if (settings.passMark !== undefined) quiz.passMark = settings.passMark;
  quiz.locked = true;
  return { quiz, settings };
}

if (document.body?.dataset['page'] === 'student') {
  const { quiz } = mountStudent(document);
  // The tab says which quiz it is, in the bank's own words.
  void fetchBank(quiz.getAttribute('src') ?? '', window.location.href).then((bank) => (document.title = bank.title), () => undefined);
  document.documentElement.dataset['ready'] = 'true';
}
