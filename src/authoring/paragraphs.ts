/**
 * Splitting a pasted article into the paragraphs a reader sees, and reading
 * the headline and page date from the lines before them.
 *
 * The paragraph rule (documented in docs/authoring.md):
 * 1. A block is a run of non-blank lines. When the text has no blank line at
 *    all, every line is its own block. When it has blank lines, the lines of
 *    one block are joined with spaces (hard-wrapped text gives whole
 *    paragraphs), except that a line of 20 words or more ending a sentence
 *    ends its block. A leading list marker ("- ", "* ", "• ") is dropped.
 * 2. Blocks before the body are the preamble: the headline and sub-headline
 *    (lines that do not end a sentence), a byline ("By ..."), a date line, a
 *    dateline on its own line ("EL PASO, Texas -").
 * 3. The body starts at the first block that ends a sentence (or has 20
 *    words). Every body block is a paragraph, short or long, counted from 1,
 *    except sub-headings (a short line that does not end a sentence), credit
 *    lines ("Copyright ...", "(Reporting by ...)") and page furniture ("Latest
 *    Posts", "Subscribe ...": the article ends there).
 * 4. A dateline that opens the first paragraph ("GAZIANTEP, Turkey (AP) —",
 *    "(REUTERS)") is cut from it.
 * Everything not in a paragraph is listed, with the reason, in `left`.
 *
 * Pure and without the NLP: the authoring page loads it for dates and counts.
 */
import { MONTHS } from './lexicon.js';
import { countWords, type LeftOut } from './types.js';

export { countWords } from './types.js';

/** Blocks of at least this many words are body paragraphs even without a full stop. */
export const LONG_BLOCK_WORDS = 20;

/** An article's text, split. */
export interface SplitArticle {
  /** The body paragraphs, in order; paragraph N is `paragraphs[N - 1]`. */
  paragraphs: string[];
  /** The blocks before the body (headline, byline, date), as written. */
  preamble: string[];
  /** What is not in a paragraph, and why. */
  left: LeftOut[];
}

/** A block ends a sentence: a full stop, question or exclamation mark, maybe inside quotes or brackets. */
const ENDS_SENTENCE = /[.!?…]["'”’)\]]*$/;

/** Lines that are the page's furniture, never the article: the article ends where one stands. */
const FURNITURE =
  /^(?:latest posts|related(?: posts| articles| stories)?|recommended(?: for you)?|advertisement|sponsored|share(?: this(?: article)?)?|subscribe\b.*|sign up\b.*|stay in touch|menu|home|continue reading|read more\b.*|more from\b.*|discover more\b.*|most read|trending|comments?|leave a (?:reply|comment)|you may also like)$/i;

/** Credit lines: not part of the story. */
const CREDIT = /^(?:copyright\b|©|\(c\)\s|\(?(?:reporting|writing|editing|additional reporting|compiled) by\b|all rights reserved|photo(?:graph)?s?:|image:|source:)/i;

/** A byline: "By Tiffany Meier", "By JANE DOE and JOHN ROE, The Associated Press". */
const BYLINE = /^by\s+\p{Lu}/iu;

/** A dateline on its own line: "EL PASO, Texas -", "WASHINGTON —", "LONDON (Reuters) -". */
const DATELINE_LINE = /^\p{Lu}[\p{Lu}\p{M} .'’-]+(?:,\s*[\p{L} .]+)?(?:\s*\([^)]{1,30}\))?\s*[-—–:]*$/u;

/**
 * A dateline opening a paragraph: a place in capitals, maybe a region and an
 * agency, then a dash ("GAZIANTEP, Turkey (AP) — "); or an agency alone in
 * brackets ("(REUTERS) ").
 */
const DATELINE_OPENING =
  /^(?:\p{Lu}[\p{Lu}\p{M}.'’-]*(?:\s+\p{Lu}[\p{Lu}\p{M}.'’-]*)*(?:,\s*\p{Lu}[\p{L}.]*(?:\s+\p{Lu}[\p{L}.]*)*)?(?:\s*\([^)]{1,30}\))?\s*[—–-]+\s+|\((?:REUTERS|Reuters|AP|AFP|dpa|DPA|UPI|PA|CNN|BBC|Xinhua|IANS|PTI|ANI)\)\s*[—–-]*\s*)/u;

const cut = (text: string, max = 200): string => (text.length > max ? `${text.slice(0, max - 1).replace(/\s+\S*$/, '')}…` : text);

/** The blocks of a text by rule 1. */
function blocksOf(text: string): string[] {
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
    if (!hasBlankLines || (countWords(line) >= LONG_BLOCK_WORDS && ENDS_SENTENCE.test(line))) flush();
  }
  flush();
  return blocks;
}

/** Whether a block reads as a paragraph of the story rather than a heading. */
const isProse = (block: string): boolean => ENDS_SENTENCE.test(block) || countWords(block) >= LONG_BLOCK_WORDS;

/** Splits an article's text into the paragraphs a reader sees, by the rule above. */
export function splitArticle(text: string): SplitArticle {
  const blocks = blocksOf(text);
  const paragraphs: string[] = [];
  const preamble: string[] = [];
  const left: LeftOut[] = [];
  const leave = (block: string, reason: string): void => {
    left.push({ paragraph: null, text: cut(block), reason });
  };
  let ended = false;
  let headline = false;
  for (const block of blocks) {
    if (ended) {
      leave(block, 'page furniture after the article');
      continue;
    }
    if (FURNITURE.test(block.trim()) && countWords(block) <= 8) {
      if (paragraphs.length > 0) ended = true;
      leave(block, paragraphs.length > 0 ? 'page furniture after the article' : 'page furniture');
      continue;
    }
    if (CREDIT.test(block) && countWords(block) <= 25) {
      leave(block, 'a credit line');
      continue;
    }
    if (paragraphs.length === 0) {
      if (BYLINE.test(block) && countWords(block) <= 20 && !/[.!?]$/.test(block)) {
        preamble.push(block);
        leave(block, 'a byline');
        continue;
      }
      if (parseDate(block) !== null) {
        preamble.push(block);
        leave(block, 'the page date');
        continue;
      }
      if (DATELINE_LINE.test(block) && countWords(block) <= 6 && /[-—–:]$/.test(block)) {
        preamble.push(block);
        leave(block, 'a dateline');
        continue;
      }
      if (!isProse(block)) {
        preamble.push(block);
        leave(block, headline ? 'a sub-headline' : 'the headline');
        headline = true;
        continue;
      }
    } else if (!isProse(block) && countWords(block) < 15) {
      leave(block, 'a sub-heading');
      continue;
    }
    let body = block;
    if (paragraphs.length === 0) {
      const dateline = DATELINE_OPENING.exec(body);
      if (dateline && countWords(body.slice(dateline[0].length)) >= 3) {
        leave(dateline[0].trim(), 'a dateline');
        body = body.slice(dateline[0].length);
      }
    }
    paragraphs.push(body);
  }
  return { paragraphs, preamble, left };
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

/**
 * Reads the headline and page date from the blocks before the body: the date
 * is the first block that parses as a date; the headline is the first other
 * block of at least three words that is not a byline or a dateline.
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
    if (BYLINE.test(block) || (DATELINE_LINE.test(block) && /[-—–:]$/.test(block))) continue;
    if (title === null && countWords(block) >= 3) title = block.trim();
  }
  return { title, date };
}
