/**
 * A quiz result as plain text (to paste) and as CSV (to collect a class's
 * results in a spreadsheet). Both report the recorded result (the first full
 * round); the text adds one line per retry, marked as practice. Pure text: no DOM.
 */
import type { QuizMode } from '../domain/attempt.js';
import type { QuizResult, RetryResult } from '../domain/score.js';

/**
 * Column headings of {@link resultsToCsv}, in order. They stay in English whatever the quiz's
 * language, so that a class's files can be joined and read by a script.
 */
export const RESULTS_CSV_COLUMNS = [
  'student',
  'date',
  'quiz code',
  'mode',
  'total',
  'out of',
  'question number',
  'question',
  'given answer',
  'correct answer',
  'points',
] as const;

/** Words {@link resultsToText} uses; English by default. */
export interface ResultsTextLabels {
  score: string;
  seed: string;
  mode: string;
  /** The name of each mode. */
  modes: Record<QuizMode, string>;
  date: string;
  given: string;
  answer: string;
  right: string;
  wrong: string;
  none: string;
  /** A number as the language writes it (`2.5`, `2,5`). */
  number(n: number): string;
  /** The line for one retry, e.g. "Retry 1 (practice, not counted): 2 / 3". */
  retry(retry: RetryResult): string;
}

/** The English {@link ResultsTextLabels}. */
export const RESULTS_TEXT_LABELS: ResultsTextLabels = {
  score: 'Score',
  seed: 'Quiz code',
  mode: 'Mode',
  modes: { practice: 'practice', test: 'test' },
  date: 'Finished',
  given: 'Given',
  answer: 'Answer',
  right: 'right',
  wrong: 'wrong',
  none: '(no answer)',
  number: String,
  retry: (r) => `Retry ${r.retry} (practice, not counted): ${r.score} / ${r.max} (${r.percent}%)`,
};

/** Who took the quiz and when, for the copied and downloaded results. */
export interface ResultsContext {
  /** The student's name, as typed ("" when none). */
  student?: string;
  /** When the quiz was finished, as it should read (the CSV and the text each get their own form); "" when not known. */
  date?: string;
}

/**
 * One CSV cell: quoted when it holds a comma, quote or line break; a leading
 * `=`, `+`, `-`, `@` gets a `'` so that a spreadsheet shows it instead of running it.
 */
export function csvCell(value: string | number): string {
  let text = String(value);
  if (typeof value === 'string' && /^[=+\-@\t\r]/.test(text)) text = `'${text}`;
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/**
 * The recorded result as CSV (RFC 4180, CRLF line ends): a heading row, then one row per
 * question, each with the student, date, quiz code, mode and total, so that rows from a whole
 * class can be pasted under one another.
 */
export function resultsToCsv(result: QuizResult, { student = '', date = '' }: ResultsContext = {}): string {
  const rows: (string | number)[][] = [
    [...RESULTS_CSV_COLUMNS],
    ...result.questions.map((q) => [student, date, result.seed, result.mode, result.score, result.max, q.number, q.prompt, q.given, q.answerText, q.points]),
  ];
  return rows.map((row) => row.map(csvCell).join(',')).join('\r\n') + '\r\n';
}

/**
 * The result as plain text: a title line, the recorded score, the quiz code, the mode and the
 * date, a line per retry (practice, not counted), then each question of the recorded round.
 */
export function resultsToText(
  result: QuizResult,
  title: string,
  { student = '', date = '' }: ResultsContext = {},
  retries: readonly RetryResult[] = [],
  labels: ResultsTextLabels = RESULTS_TEXT_LABELS,
): string {
  const head = [
    student ? `${title} (${student})` : title,
    `${labels.score}: ${labels.number(result.score)} / ${result.max} (${result.percent}%)`,
    `${labels.seed}: ${result.seed}`,
    `${labels.mode}: ${labels.modes[result.mode]}`,
    ...(date ? [`${labels.date}: ${date}`] : []),
    ...retries.map((r) => labels.retry(r)),
  ];
  const body = result.questions.map((q) =>
    [
      `${q.number}. ${q.prompt} [${q.correct ? labels.right : labels.wrong}, ${labels.number(q.points)}]`,
      `   ${labels.given}: ${q.given || labels.none}`,
      `   ${labels.answer}: ${q.answerText}`,
    ].join('\n'),
  );
  return [...head, '', ...body].join('\n') + '\n';
}
