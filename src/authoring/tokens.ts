/**
 * Words and sentences of an article's text. The tokenizer keeps whole what
 * a general tagger splits or joins wrongly on news text: figures with
 * thousands separators and decimals (60,371,193; 47.2), money ($7.31),
 * percentages (87%), a figure glued to its unit (3km), and names with a
 * hyphen and digits (Il-76, Shahed-136, F-16). Pure, no NLP.
 */

/** A word, figure or punctuation mark and where it stands in its text. */
export interface Token {
  text: string;
  start: number;
  end: number;
}

/**
 * One token: a money figure ($7.31, €5, £3.2), a figure with separators or a
 * decimal, maybe glued to a percent sign or a short unit (87%, 3km, 1940s,
 * 20th), a word with inner hyphens, apostrophes and digits (Il-76,
 * Liberge-Dondoux, don't), an initial or abbreviation with its full stop
 * (U.S., J.), or any other single character.
 */
const TOKEN =
  /[$€£¥]\d{1,3}(?:,\d{3})+(?:\.\d+)?|[$€£¥]\d+(?:\.\d+)?|\d{1,3}(?:,\d{3})+(?:\.\d+)?(?:%|\p{L}+)?|\d+(?:\.\d+)?(?:%|\p{L}+)?|(?:\p{L}\.){2,}|\p{L}[\p{L}\p{M}\p{N}]*(?:['’-][\p{L}\p{M}\p{N}]+)*\.?|\S/gu;

/** Short abbreviations written with a full stop that does not end a sentence. */
export const ABBREVIATIONS = new Set([
  'Mr', 'Mrs', 'Ms', 'Dr', 'Gen', 'St', 'Jr', 'Sr', 'Lt', 'Col', 'Sgt', 'Capt', 'Cmdr', 'Adm', 'Gov', 'Sen', 'Rep', 'Prof',
  'Rev', 'Hon', 'Mt', 'Ft', 'Co', 'Corp', 'Inc', 'Ltd', 'No', 'Nos', 'vs', 'approx', 'Jan', 'Feb', 'Mar', 'Apr', 'Jun',
  'Jul', 'Aug', 'Sep', 'Sept', 'Oct', 'Nov', 'Dec', 'Ave', 'Blvd',
  // Titles before a name in local and police news ("District 4 Ald. Rosa Vell", "Det. Sgt. Ann Roe").
  'Ald', 'Atty', 'Supt', 'Det', 'Insp', 'Maj', 'Cpl', 'Pvt', 'Brig', 'Amb', 'Msgr', 'Cllr', 'Dept', 'Assn', 'Univ',
]);

/** Splits a text into tokens. */
export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  for (const m of text.matchAll(TOKEN)) {
    let word = m[0];
    // A trailing full stop belongs to the word only for initials ("J.") and known abbreviations ("Dec.").
    if (word.length > 1 && word.endsWith('.') && !/^(?:\p{L}\.)+$/u.test(word) && !ABBREVIATIONS.has(word.slice(0, -1))) {
      word = word.slice(0, -1);
    }
    tokens.push({ text: word, start: m.index, end: m.index + word.length });
    if (word !== m[0]) tokens.push({ text: '.', start: m.index + word.length, end: m.index + m[0].length });
  }
  return tokens;
}

/** A sentence of a paragraph: its text and where it starts in the paragraph. */
export interface SentenceSpan {
  text: string;
  start: number;
}

/**
 * Splits a paragraph into sentences at `.`, `!` or `?` (maybe inside quotes)
 * followed by a space and a capital, a digit or an opening quote. Initials
 * ("J. Robert Oppenheimer", "John F. Kirby"), abbreviations ("Dec. 5",
 * "U.S. Open") and a dash or comma after a closing quote do not end one.
 */
export function sentenceSpans(paragraph: string): SentenceSpan[] {
  const spans: SentenceSpan[] = [];
  let start = 0;
  const pattern = /[.!?…]+["'”’)\]]*\s+(?=["'“‘(\[]?[\p{Lu}\d])/gu;
  for (const m of paragraph.matchAll(pattern)) {
    const before = paragraph.slice(Math.max(0, m.index - 12), m.index + 1);
    if (/(?:^|[\s(])\p{Lu}\.$/u.test(before) && !/\p{Lu}\p{Lu}\.$/u.test(before)) continue;
    const word = /([\p{L}.]+)\.$/u.exec(before)?.[1] ?? '';
    if (ABBREVIATIONS.has(word) || /^(?:\p{L}\.)+\p{L}$/u.test(word)) {
      // "U.S. Open" goes on; "... in the U.S. The next day" ends: a lower-case word or a figure cannot tell, so only a capitalised word after an abbreviation of initials ends it.
      if (!/^(?:\p{L}\.)+\p{L}$/u.test(word) || !/^\s+(?:The|A|An|It|He|She|They|We|But|And|In|On)\b/.test(paragraph.slice(m.index + m[0].length - 1))) continue;
    }
    const end = m.index + m[0].length;
    const text = paragraph.slice(start, end).trim();
    if (text) spans.push({ text, start });
    start = end;
  }
  const rest = paragraph.slice(start).trim();
  if (rest) spans.push({ text: rest, start });
  return spans;
}

/** Splits a paragraph into sentences (see {@link sentenceSpans}). */
export function splitSentences(paragraph: string): string[] {
  return sentenceSpans(paragraph).map((s) => s.text);
}

/** Turns a plural word into its singular, for units. */
export function singular(word: string, irregular: Record<string, string>): string {
  const w = word.toLowerCase();
  if (irregular[w]) return matchCase(irregular[w]!, word);
  if (/[^aeiou]ies$/.test(w)) return `${word.slice(0, -3)}y`;
  if (/(?:ches|shes|sses|xes|zzes)$/.test(w)) return word.slice(0, -2);
  if (/s$/.test(w) && !/(?:ss|us|is)$/.test(w)) return word.slice(0, -1);
  return word;
}

/** Turns a singular word into its plural, for units of "one". */
export function plural(word: string, irregular: Record<string, string>): string {
  const w = word.toLowerCase();
  for (const [many, one] of Object.entries(irregular)) if (one === w) return matchCase(many, word);
  if (/[^aeiou]y$/.test(w)) return `${word.slice(0, -1)}ies`;
  if (/(?:ch|sh|ss|x|z)$/.test(w)) return `${word}es`;
  return `${word}s`;
}

const matchCase = (word: string, model: string): string => (/^\p{Lu}/u.test(model) ? word.charAt(0).toUpperCase() + word.slice(1) : word);
