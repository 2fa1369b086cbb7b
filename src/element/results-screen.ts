/**
 * The results screen and what it offers besides the score: the results as text to paste, and as
 * a CSV file. Only the last screen needs them, so the bundle loads this module as a chunk of its
 * own (see parts.ts), fetched while the reader answers the first question.
 */
import { RESULTS_CSV, fileName } from '../export/formats.js';
import { resultsToText } from '../export/results.js';
import type { QuizResult, RetryResult } from '../domain/score.js';
import { saveFile } from './download.js';
import { formats, say, type Strings } from './strings.js';

export { resultsView } from './views/results.js';
export { resultsStyles } from './results-styles.js';

/** The results as text to paste (Copy results), in the element's words; dates as `locale` writes them. */
export function resultsText(s: Strings, locale: string, result: QuizResult, title: string, student: string, retries: RetryResult[]): string {
  const date = result.finished ? new Intl.DateTimeFormat(locale, { dateStyle: 'long', timeStyle: 'short' }).format(new Date(result.finished)) : '';
  return resultsToText(result, title, { student, date }, retries, {
    score: s.copyScore,
    seed: s.copySeed,
    mode: s.copyMode,
    modes: s.modes,
    date: s.copyDate,
    given: s.copyGiven,
    answer: s.copyAnswer,
    right: s.copyRight,
    wrong: s.copyWrong,
    none: s.copyNone,
    number: formats(s.lang).num,
    retry: (r) => say(s.copyRetry, r),
  });
}

/** Offers the results as a CSV file named after the bank, the quiz code and the student. */
export function downloadResults(result: QuizResult, bankId: string, student: string): void {
  const name = fileName([bankId, result.seed, student], RESULTS_CSV.extension);
  saveFile(name, RESULTS_CSV.render(result, { student, date: csvDate(result.finished) }), RESULTS_CSV.mediaType);
}

/** A moment as a spreadsheet reads it, in the reader's own time zone: `2024-06-19 14:05`; "" when not known. */
function csvDate(iso: string | null): string {
  const date = iso ? new Date(iso) : null;
  if (!date || Number.isNaN(date.getTime())) return '';
  const two = (n: number): string => String(n).padStart(2, '0');
  return `${date.getFullYear()}-${two(date.getMonth() + 1)}-${two(date.getDate())} ${two(date.getHours())}:${two(date.getMinutes())}`;
}
