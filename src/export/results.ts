/**
 * A quiz result as plain text (to paste) and as CSV (to collect a class's
 * results in a spreadsheet). Pure text: no DOM.
 */
import type { QuizResult } from '../domain/score.js';

/** Column headings of {@link resultsToCsv}, in order. */
export const RESULTS_CSV_COLUMNS = ['student', 'question number', 'question', 'given answer', 'correct answer', 'points'] as const;

/** Words {@link resultsToText} uses; English by default. */
export interface ResultsTextLabels {
  score: string;
  seed: string;
  given: string;
  answer: string;
  right: string;
  wrong: string;
  none: string;
}

/** The English {@link ResultsTextLabels}. */
export const RESULTS_TEXT_LABELS: ResultsTextLabels = {
  score: 'Score',
  seed: 'Quiz code',
  given: 'Given',
  answer: 'Answer',
  right: 'right',
  wrong: 'wrong',
  none: '(no answer)',
};

/**
 * One CSV cell: quoted when it holds a comma, quote or line break; a leading
 * `=`, `+`, `-`, `@` gets a `'` so that a spreadsheet shows it instead of running it.
 */
export function csvCell(value: string | number): string {
  let text = String(value);
  if (typeof value === 'string' && /^[=+\-@\t\r]/.test(text)) text = `'${text}`;
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** The result as CSV (RFC 4180, CRLF line ends): a heading row, then one row per question. */
export function resultsToCsv(result: QuizResult, student = ''): string {
  const rows: (string | number)[][] = [
    [...RESULTS_CSV_COLUMNS],
    ...result.questions.map((q) => [student, q.number, q.prompt, q.given, q.answerText, q.points]),
  ];
  return rows.map((row) => row.map(csvCell).join(',')).join('\r\n') + '\r\n';
}

/** The result as plain text: a title line, the score, the quiz code, then each question. */
export function resultsToText(result: QuizResult, title: string, student = '', labels: ResultsTextLabels = RESULTS_TEXT_LABELS): string {
  const head = [
    student ? `${title} (${student})` : title,
    `${labels.score}: ${result.score} / ${result.max} (${result.percent}%)`,
    `${labels.seed}: ${result.seed}`,
  ];
  const body = result.questions.map((q) =>
    [
      `${q.number}. ${q.prompt} [${q.correct ? labels.right : labels.wrong}, ${q.points}]`,
      `   ${labels.given}: ${q.given || labels.none}`,
      `   ${labels.answer}: ${q.answerText}`,
    ].join('\n'),
  );
  return [...head, '', ...body].join('\n') + '\n';
}
