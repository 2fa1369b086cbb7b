/**
 * Every file news-quiz writes, in one registry: name, file extension, media type and the function
 * that renders it. The `news-quiz export` command, the self-check page's kit, the element's results
 * download and the authoring page read it from here. Pure: no DOM.
 */
import type { Bank } from '../domain/bank.js';
import type { Quiz } from '../domain/question.js';
import type { QuizResult } from '../domain/score.js';
import { toGift } from './gift.js';
import { resultsToCsv, type ResultsContext } from './results.js';
import { toWorksheet } from './worksheet.js';
import { slugify } from '../domain/slug.js';

/** A kind of file: how it is named and served. */
export interface FileFormat {
  /** The file name's ending, without the dot. */
  extension: string;
  /** The media type to save or serve it with. */
  mediaType: string;
}

/** A quiz written out for use elsewhere. */
export interface QuizFormat extends FileFormat {
  /** What it is for, in a line (the command's usage lists it). */
  description: string;
  /** The file's text; `title` names the worksheet's heading or the Moodle category. */
  render(quiz: Quiz, bank: Bank, options?: { title?: string }): string;
}

/** The quiz formats, by the name `news-quiz export --format` takes. */
export const QUIZ_FORMATS = {
  gift: {
    description: "Moodle's GIFT format, to import into a Moodle question bank",
    extension: 'gift',
    mediaType: 'text/plain;charset=utf-8',
    render: (quiz, bank, options = {}) => toGift(quiz, options.title === undefined ? { bank } : { bank, title: options.title }),
  },
  worksheet: {
    description: 'a printable HTML worksheet with the answer key on its own page',
    extension: 'html',
    mediaType: 'text/html;charset=utf-8',
    render: (quiz, bank, options = {}) => toWorksheet(quiz, bank, options.title === undefined ? {} : { title: options.title }),
  },
} satisfies Record<string, QuizFormat>;

/** The name of a quiz format. */
export type QuizFormatName = keyof typeof QUIZ_FORMATS;

/** Whether `name` names a quiz format (and not, say, `toString`). */
export const isQuizFormat = (name: string): name is QuizFormatName => Object.hasOwn(QUIZ_FORMATS, name);

/** A reader's results as CSV, one row per question, to collect a class's results in a spreadsheet. */
export const RESULTS_CSV = {
  extension: 'csv',
  mediaType: 'text/csv;charset=utf-8',
  render: (result: QuizResult, context?: ResultsContext): string => resultsToCsv(result, context),
} satisfies FileFormat & { render: unknown };

/** A file name from its parts (bank id, quiz code, student), each made safe on every system: `russia-ukraine-2024-class-9b.gift`. */
export function fileName(parts: readonly string[], extension: string): string {
  return `${parts.map((part) => slugify(part, 64, '')).filter(Boolean).join('-') || 'quiz'}.${extension}`;
}

/** A fact bank as the authoring page downloads it. */
export const BANK_FILE = {
  extension: 'json',
  mediaType: 'application/json',
  render: (bank: Bank): string => `${JSON.stringify(bank, null, 2)}\n`,
} satisfies FileFormat & { render: unknown };
