/**
 * The self-check page's quiz settings and the teacher's kit made from them:
 * reading and writing the settings in the page address (so a shared link gives
 * every student the same quiz), the quiz the element shows, its worksheet and
 * its GIFT text. Pure: no DOM.
 */
import type { Bank } from '../src/domain/bank.js';
import { DEFAULT_COUNT, generateUpTo } from '../src/domain/generate.js';
import { QUESTION_KINDS, type GenerateOptions, type QuestionKind, type Quiz } from '../src/domain/question.js';
import { LANGUAGES, type Language } from '../src/element/i18n/loading.js';
import { QUIZ_FORMATS, fileName } from '../src/export/formats.js';

/** What shapes the quiz on the page. */
export interface QuizSettings {
  /** The same seed gives the same quiz. */
  seed: string;
  /** How many questions (1 to {@link MAX_COUNT}). */
  count: number;
  /** `practice`: feedback after each answer; `test`: at the end. */
  mode: 'practice' | 'test';
  /** Only these kinds; absent for all. */
  kinds?: QuestionKind[];
  /** Only this difficulty; absent for any. */
  difficulty?: 1 | 2 | 3;
  /** Only these article ids; absent for all. */
  articles?: string[];
  /** The language the quiz speaks to students; absent for the page's own. */
  lang?: Language;
  /** Percent needed to pass (0 to 100); absent for the element's default. */
  passMark?: number;
}

/** Most questions the pages ask for. */
export const MAX_COUNT = 40;
/** Longest seed kept from an address or a field. */
const MAX_SEED = 64;

/** A count as typed, stored or read from an address: a whole number from 1 to {@link MAX_COUNT}, else {@link DEFAULT_COUNT}. */
export function quizCount(value: unknown): number {
  const n = Number(value);
  return Number.isInteger(n) && n >= 1 && n <= MAX_COUNT ? n : DEFAULT_COUNT;
}

/** A seed as typed or read from an address, trimmed and cut to {@link MAX_SEED} characters; empty for none. */
export const quizSeed = (value: string): string => value.trim().slice(0, MAX_SEED);

/**
 * Reads the settings from a page address's query (`?seed=…&count=…&mode=…&kinds=…&difficulty=…&articles=…&lang=…&pass=…`).
 * Values that make no sense are dropped for their default; a missing seed comes from `newSeed`.
 */
export function readSettings(search: string, newSeed: () => string): QuizSettings {
  const params = new URLSearchParams(search);
  const settings: QuizSettings = {
    seed: quizSeed(params.get('seed') ?? '') || newSeed(),
    count: quizCount(params.get('count')),
    mode: params.get('mode') === 'test' ? 'test' : 'practice',
  };
  const kinds = listParam(params, 'kinds').filter((k): k is QuestionKind => (QUESTION_KINDS as readonly string[]).includes(k));
  if (kinds.length > 0) settings.kinds = QUESTION_KINDS.filter((k) => kinds.includes(k));
  const difficulty = Number(params.get('difficulty'));
  if (difficulty === 1 || difficulty === 2 || difficulty === 3) settings.difficulty = difficulty;
  const articles = listParam(params, 'articles').filter((a) => /^[a-z0-9][a-z0-9-]*$/.test(a));
  if (articles.length > 0) settings.articles = [...new Set(articles)];
  const lang = params.get('lang');
  if ((LANGUAGES as readonly string[]).includes(lang ?? '')) settings.lang = lang as Language;
  const passMark = params.get('pass') === null ? NaN : Number(params.get('pass'));
  if (Number.isInteger(passMark) && passMark >= 0 && passMark <= 100) settings.passMark = passMark;
  return settings;
}

function listParam(params: URLSearchParams, name: string): string[] {
  return (params.get(name) ?? '').split(/[\s,]+/).filter(Boolean);
}

/** The query that {@link readSettings} reads back to the same settings (without the leading `?`). */
export function settingsToSearch(settings: QuizSettings): string {
  const params = new URLSearchParams();
  params.set('seed', settings.seed);
  params.set('count', String(settings.count));
  params.set('mode', settings.mode);
  if (settings.kinds?.length) params.set('kinds', settings.kinds.join(','));
  if (settings.difficulty) params.set('difficulty', String(settings.difficulty));
  if (settings.articles?.length) params.set('articles', settings.articles.join(','));
  if (settings.lang) params.set('lang', settings.lang);
  if (settings.passMark !== undefined) params.set('pass', String(settings.passMark));
  return params.toString();
}

/** The address to share: the page's own address with the settings as its query. */
export function shareUrl(pageUrl: string, settings: QuizSettings): string {
  const url = new URL(pageUrl);
  url.search = settingsToSearch(settings);
  url.hash = '';
  return url.href;
}

/** The student page beside `pageUrl` (the teacher's page), with the settings as its query: the link a teacher gives the class. */
export function studentUrl(pageUrl: string, settings: QuizSettings): string {
  return shareUrl(new URL('student.html', pageUrl).href, settings);
}

/** The generator's options for these settings: the ones `<news-quiz>` uses for the same attributes. */
export function generateOptions(settings: QuizSettings): GenerateOptions {
  const { seed, count, kinds, difficulty, articles } = settings;
  return { seed, count, kinds, difficulty, articles };
}

/** The quiz these settings give: the same questions the element on the page asks. */
export function quizFor(bank: Bank, settings: QuizSettings): Quiz {
  return generateUpTo(bank, generateOptions(settings));
}

/** The printable worksheet (questions, then the answer key on its own page) for these settings. */
export function worksheetFor(bank: Bank, settings: QuizSettings): string {
  return QUIZ_FORMATS.worksheet.render(quizFor(bank, settings), bank);
}

/** The quiz as Moodle GIFT text for these settings, filed under the bank's title. */
export function giftFor(bank: Bank, settings: QuizSettings): string {
  return QUIZ_FORMATS.gift.render(quizFor(bank, settings), bank, { title: bank.title });
}

/** A file name for the kit's downloads: bank id and seed, safe on every system. */
export function kitFileName(bank: Bank, settings: QuizSettings, extension: string): string {
  return fileName([bank.id, settings.seed], extension);
}
