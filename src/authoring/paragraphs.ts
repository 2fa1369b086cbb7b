/**
 * Splitting a pasted article into its body paragraphs, and reading the
 * headline and page date from the lines around them.
 *
 * The paragraph rule (documented in docs/authoring.md):
 * 1. A block is a run of non-blank lines. When the text has no blank line at
 *    all, every line is its own block (one paragraph per line).
 * 2. When it has blank lines, the lines of one block are joined with spaces,
 *    so hard-wrapped text (an e-mail, a terminal copy) gives whole paragraphs.
 * 3. A leading list marker ("- ", "* ", "• ") is dropped.
 * 4. A block of at least 20 words is a body paragraph; shorter blocks
 *    (headline, sub-headings, dateline, "Latest Posts", subscription boxes)
 *    are not. Body paragraphs are counted from 1.
 *
 * On the seed articles this gives the counts the bank uses: 7 and 15.
 */
import { MONTHS } from './lexicon.js';

/** Fewest words in a body paragraph. */
export const MIN_PARAGRAPH_WORDS = 20;

/** An article's text, split. */
export interface SplitArticle {
  /** The body paragraphs, in order; paragraph N is `paragraphs[N - 1]`. */
  paragraphs: string[];
  /** Short blocks (under {@link MIN_PARAGRAPH_WORDS} words) before the first body paragraph. */
  preamble: string[];
}

/** Counts the words of a text (runs of letters or digits). */
export function countWords(text: string): number {
  return (text.match(/[\p{L}\p{N}][\p{L}\p{N}'’.-]*/gu) ?? []).length;
}

/** Splits an article's text into body paragraphs by the rule above. */
export function splitArticle(text: string): SplitArticle {
  const lines = text.replace(/\r\n?/g, '\n').split('\n');
  const hasBlankLines = lines.some((line, i) => line.trim() === '' && i > 0 && i < lines.length - 1);
  const blocks: string[] = [];
  let current: string[] = [];
  const flush = (): void => {
    if (current.length > 0) blocks.push(current.join(' '));
    current = [];
  };
  for (const raw of lines) {
    const line = raw.replace(/^\s*(?:[-*•–]\s+)/, '').replace(/\s+/g, ' ').trim();
    if (line === '') {
      flush();
      continue;
    }
    current.push(line);
    // A line that is a whole paragraph by itself (long, ending a sentence) was not hard-wrapped:
    // it ends its block even where the text has no blank line after it.
    if (!hasBlankLines || (countWords(line) >= MIN_PARAGRAPH_WORDS && /[.!?]["'\u201d\u2019)]?$/.test(line))) flush();
  }
  flush();
  const paragraphs: string[] = [];
  const preamble: string[] = [];
  for (const block of blocks) {
    if (countWords(block) >= MIN_PARAGRAPH_WORDS) paragraphs.push(block);
    else if (paragraphs.length === 0) preamble.push(block);
  }
  return { paragraphs, preamble };
}

/**
 * Reads a page date: ISO (`2024-06-19`, `2024-06`, `2024`), "June 19, 2024",
 * "Wednesday, June 19, 2024", "19 June 2024" or "June 2024". Returns the ISO
 * form, or `null` when the text is not a date. No `Date`: the calendar check
 * is done by hand so the result is the same everywhere.
 */
export function parseDate(text: string): string | null {
  const s = text.trim().replace(/\s+/g, ' ');
  const iso = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/.exec(s);
  if (iso) return checkedIso(Number(iso[1]), iso[2] ? Number(iso[2]) : null, iso[3] ? Number(iso[3]) : null);
  const body = s.replace(/^(?:mon|tues|wednes|thurs|fri|satur|sun)day,?\s+/i, '');
  const monthFirst = /^([A-Za-z]+)\.?\s+(?:(\d{1,2})(?:st|nd|rd|th)?,?\s+)?(\d{4})$/.exec(body);
  if (monthFirst) {
    const month = MONTHS[monthFirst[1]!.toLowerCase()];
    if (month) return checkedIso(Number(monthFirst[3]), month, monthFirst[2] ? Number(monthFirst[2]) : null);
  }
  const dayFirst = /^(\d{1,2})(?:st|nd|rd|th)?\s+([A-Za-z]+)\.?,?\s+(\d{4})$/.exec(body);
  if (dayFirst) {
    const month = MONTHS[dayFirst[2]!.toLowerCase()];
    if (month) return checkedIso(Number(dayFirst[3]), month, Number(dayFirst[1]));
  }
  return null;
}

function checkedIso(year: number, month: number | null, day: number | null): string | null {
  if (year < 1000 || year > 9999) return null;
  if (month === null) return String(year);
  if (month < 1 || month > 12) return null;
  const mm = String(month).padStart(2, '0');
  if (day === null) return `${year}-${mm}`;
  const leap = (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
  const days = [31, leap ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][month - 1]!;
  if (day < 1 || day > days) return null;
  return `${year}-${mm}-${String(day).padStart(2, '0')}`;
}

/** Lines that are page furniture, never a headline. */
const FURNITURE = /^(?:latest posts|related posts|advertisement|share|subscribe.*|stay in touch|menu|home|continue reading)$/i;

/**
 * Guesses the headline and page date from the short blocks before the first
 * body paragraph: the date is the first block that parses as a date; the
 * headline is the first other block of at least three words that is not page
 * furniture.
 */
export function readPreamble(preamble: string[]): { title: string | null; date: string | null } {
  let title: string | null = null;
  let date: string | null = null;
  for (const block of preamble) {
    const asDate = parseDate(block);
    if (asDate) {
      date ??= asDate;
      continue;
    }
    if (title === null && countWords(block) >= 3 && !FURNITURE.test(block.trim())) title = block.trim();
  }
  return { title, date };
}
