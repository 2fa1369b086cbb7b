/**
 * Words, sentences, figures and clauses of an article's text: the hand-written
 * half of drafting (compromise does the other half, in entities.ts).
 */
import nlp from 'compromise';
import type { Qualifier } from '../domain/bank.js';
import {
  IRREGULAR_SINGULARS,
  MONTHS,
  NUMBER_WORDS,
  QUALIFIER_PHRASES,
  SCALE_WORDS,
  UNIT_FILLER,
  UNIT_STOP_WORDS,
} from './lexicon.js';

/** A word or punctuation mark and where it stands in its sentence. */
export interface Token {
  text: string;
  start: number;
  end: number;
}

/** Splits a sentence into tokens: words (with inner hyphens and apostrophes), figures, punctuation. */
export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  const pattern = /\d{1,3}(?:,\d{3})+(?:\.\d+)?%?|\d+(?:\.\d+)?%?|\p{L}[\p{L}\p{N}]*(?:['’-][\p{L}\p{N}]+)*\.?|\S/gu;
  for (const m of text.matchAll(pattern)) {
    let word = m[0];
    // A trailing full stop belongs to the word only for initials ("V.") and short abbreviations ("U.S.").
    if (word.length > 1 && word.endsWith('.') && !/^(?:\p{Lu}|\p{Lu}\.\p{Lu}|Mr|Mrs|Ms|Dr|Gen|St|Jr|Sr)\.$/u.test(word)) {
      word = word.slice(0, -1);
    }
    tokens.push({ text: word, start: m.index, end: m.index + word.length });
    if (word !== m[0]) tokens.push({ text: '.', start: m.index + word.length, end: m.index + m[0].length });
  }
  return tokens;
}

/** Splits a paragraph into sentences at `.`, `!` or `?` followed by a capital, keeping initials ("John F. Kirby") whole. */
export function splitSentences(paragraph: string): string[] {
  const sentences: string[] = [];
  let start = 0;
  const pattern = /[.!?]["'”’)]?\s+(?=["'“‘(]?[\p{Lu}\d])/gu;
  for (const m of paragraph.matchAll(pattern)) {
    const before = paragraph.slice(Math.max(0, m.index - 3), m.index + 1);
    if (/(?:^|[\s.])\p{Lu}\.$/u.test(before) || /\b(?:Mr|Mrs|Ms|Dr|Gen|St|Jr|Sr|vs)\.$/.test(before)) continue;
    const end = m.index + m[0].length;
    sentences.push(paragraph.slice(start, end).trim());
    start = end;
  }
  const rest = paragraph.slice(start).trim();
  if (rest) sentences.push(rest);
  return sentences;
}

/** A figure found in a sentence, with what it counts. */
export interface Figure {
  /** The value. */
  value: number;
  qualifier: Qualifier;
  /** Where the figure (with its qualifier words) stands in the sentence. */
  start: number;
  end: number;
  /** The noun phrase after the figure, as written: "Russian Il-76 military cargo planes". */
  phrase: string;
  /** The plural unit: "military cargo planes". */
  unit: string;
  /** The singular unit, where it differs by more than an -s. */
  unitSingular?: string;
  /** Up to four words after the phrase, before any punctuation: "from the Estonian border". */
  context: string;
  /** A past-tense verb just before the figure ("shot down", "thwarted"), if any. */
  verbBefore?: string;
  /** For "43 out of 44 missiles": the whole (44) and its span. */
  whole?: { value: number; start: number; end: number };
}

/** A year named in a sentence ("in 2022") and the event before it. */
export interface YearMention {
  year: number;
  start: number;
  end: number;
  /** What happened then, as the sentence names it: "Russia's invasion of Ukraine". */
  label: string;
}

/** Reads a figure from one token (and the next, for "3 million" or "forty three"); `null` when it is not one. */
function readValue(tokens: Token[], i: number): { value: number; next: number } | null {
  const word = tokens[i]!.text;
  let value: number | null = null;
  if (/^\d/.test(word)) {
    if (word.endsWith('%')) return null;
    value = Number(word.replace(/,/g, ''));
  } else {
    const lower = word.toLowerCase();
    const parts = lower.split('-');
    if (parts.length === 2 && NUMBER_WORDS[parts[0]!] && NUMBER_WORDS[parts[1]!] && NUMBER_WORDS[parts[1]!]! < 10) {
      value = NUMBER_WORDS[parts[0]!]! + NUMBER_WORDS[parts[1]!]!;
    } else if (parts.length === 1 && NUMBER_WORDS[lower] !== undefined && lower !== 'hundred' && lower !== 'dozen') {
      value = NUMBER_WORDS[lower]!;
    }
  }
  if (value === null || !Number.isFinite(value)) return null;
  let next = i + 1;
  const scale = tokens[next] && SCALE_WORDS[tokens[next]!.text.toLowerCase()];
  if (scale) {
    value *= scale;
    next += 1;
  }
  return { value, next };
}

const isWord = (token: Token | undefined): boolean => token !== undefined && /^[\p{L}\d]/u.test(token.text);
const lower = (token: Token | undefined): string => (token ? token.text.toLowerCase() : '');

/** The qualifier words just before token `i`, if any: returns the qualifier and the index they start at. */
function readQualifier(tokens: Token[], i: number): { qualifier: Qualifier; from: number } | null {
  for (const { words, qualifier } of QUALIFIER_PHRASES) {
    const parts = words.split(' ');
    const from = i - parts.length;
    if (from < 0) continue;
    if (parts.every((part, k) => lower(tokens[from + k]) === part)) return { qualifier, from };
  }
  return null;
}

/** Turns a plural word into its singular, for units. */
export function singular(word: string): string {
  const w = word.toLowerCase();
  if (IRREGULAR_SINGULARS[w]) return IRREGULAR_SINGULARS[w]!;
  if (/ies$/.test(w)) return `${word.slice(0, -3)}y`;
  if (/(?:ches|shes|sses|xes)$/.test(w)) return word.slice(0, -2);
  if (/s$/.test(w) && !/ss$/.test(w)) return word.slice(0, -1);
  return word;
}

/** Turns a singular word into its plural, for units of "one". */
export function plural(word: string): string {
  const w = word.toLowerCase();
  for (const [many, one] of Object.entries(IRREGULAR_SINGULARS)) if (one === w) return many;
  if (/[^aeiou]y$/.test(w)) return `${word.slice(0, -1)}ies`;
  if (/(?:ch|sh|ss|x)$/.test(w)) return `${word}es`;
  return `${word}s`;
}

/** Reads the noun phrase after a figure: up to five words, stopping at prepositions, verbs and punctuation. */
function readUnit(tokens: Token[], from: number): string[] {
  const words: string[] = [];
  for (let k = from; k < tokens.length && words.length < 5; k++) {
    const token = tokens[k]!;
    const w = token.text;
    if (!isWord(token)) break;
    const l = w.toLowerCase();
    if (UNIT_STOP_WORDS.has(l) || /ly$/.test(l)) break;
    if (l === 'and') {
      const after = tokens[k + 1];
      if (words.length === 0 || !after || !isWord(after) || UNIT_STOP_WORDS.has(lower(after)) || !/s$/.test(lower(after))) break;
      words.push(w);
      continue;
    }
    if (words.length > 0 && ((/(?:ed|ing)$/.test(l) && l !== 'wounded' && !/ings$/.test(l)) || COMMON_PAST.has(l))) break;
    if (/^\d/.test(w) || readValue(tokens, k)) break;
    words.push(w);
    if (IRREGULAR_SINGULARS[l] && !['aircraft', 'equipment', 'personnel'].includes(l)) break;
    // A plural noun ends the phrase unless "and" follows ("missiles and drones").
    if (/s$/.test(l) && !/(?:ss|us|is)$/.test(l) && lower(tokens[k + 1]) !== 'and' && words.length >= 1) {
      const next = tokens[k + 1];
      if (!next || !isWord(next) || !/s$/.test(lower(next))) break;
    }
  }
  while (words.length > 0 && words[words.length - 1]!.toLowerCase() === 'and') words.pop();
  return words;
}

/** Whether token `i` is the day of a date ("June 19, 2024") or a year. */
function isDatePart(tokens: Token[], i: number, value: number): boolean {
  const prev = lower(tokens[i - 1]);
  if (MONTHS[prev] !== undefined && value <= 31) return true;
  if (/^\d{4}$/.test(tokens[i]!.text) && value >= 1800 && value <= 2100) return true;
  return false;
}

/** Verbs and auxiliaries that end the context words of a figure's label. */
const VERBISH = new Set(['were', 'was', 'are', 'is', 'be', 'been', 'had', 'have', 'has', 'will', 'would', 'could', 'can', 'may', 'might', 'should', 'must', 'said', 'says', 'met', 'did', 'do', 'does', 'who', 'which', 'that']);

/** Finds the figures in a sentence, with their qualifier and unit. Years, days of dates and parts of names are skipped. */
export function findFigures(sentence: string): Figure[] {
  const tokens = tokenize(sentence);
  const figures: Figure[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const read = readValue(tokens, i);
    if (!read || isDatePart(tokens, i, read.value)) continue;
    const prev = lower(tokens[i - 1]);
    if (['the', 'these', 'those', 'both', 'its', 'their', 'his', 'her', 'our'].includes(prev)) continue;
    let next = read.next;
    let whole: Figure['whole'];
    if (lower(tokens[next]) === 'out' && lower(tokens[next + 1]) === 'of') {
      const total = tokens[next + 2] ? readValue(tokens, next + 2) : null;
      if (total) {
        whole = { value: total.value, start: tokens[next + 2]!.start, end: tokens[total.next - 1]!.end };
        next = total.next;
      }
    }
    const phraseWords = readUnit(tokens, next);
    if (phraseWords.length === 0) {
      i = next - 1;
      continue;
    }
    const phrase = phraseWords.join(' ');
    // The unit drops names and filler adjectives: "Russian Il-76 military cargo planes" counts "military cargo planes".
    let unitWords = phraseWords.filter((w, k) => k === phraseWords.length - 1 || (!/^\p{Lu}/u.test(w) && !UNIT_FILLER.has(w.toLowerCase())));
    if (unitWords.length === 0) unitWords = phraseWords.slice(-1);
    let unit = unitWords.join(' ');
    let unitSingular: string | undefined;
    if (read.value === 1 && !whole) {
      const head = unitWords[unitWords.length - 1]!;
      unit = [...unitWords.slice(0, -1), plural(head)].join(' ');
    } else {
      const head = unitWords[unitWords.length - 1]!;
      const one = singular(head);
      if (one.toLowerCase() !== head.toLowerCase().replace(/s$/, '')) unitSingular = [...unitWords.slice(0, -1), one].join(' ');
    }
    const contextWords: string[] = [];
    const after = next + phraseWords.length;
    if (['were', 'was', 'are', 'is', 'been'].includes(lower(tokens[after])) && (/\p{L}{3,}ed$/u.test(lower(tokens[after + 1])) || COMMON_PAST.has(lower(tokens[after + 1])))) {
      // "40 houses were damaged" is counted as "houses damaged".
      contextWords.push(tokens[after + 1]!.text);
    } else {
      for (let k = after; k < tokens.length && contextWords.length < 4 && isWord(tokens[k]); k++) {
        const l = lower(tokens[k]);
        if (VERBISH.has(l) || COMMON_PAST.has(l) || (contextWords.length > 0 && /\p{L}{3,}(?:ed|ing)$/u.test(l)) || l === 'and') break;
        contextWords.push(tokens[k]!.text);
      }
      while (contextWords.length > 0 && UNIT_STOP_WORDS.has(contextWords[contextWords.length - 1]!.toLowerCase())) contextWords.pop();
    }
    const qualified = readQualifier(tokens, i);
    const figure: Figure = {
      value: read.value,
      qualifier: qualified?.qualifier ?? 'exactly',
      start: tokens[qualified ? qualified.from : i]!.start,
      end: tokens[read.next - 1]!.end,
      phrase,
      unit,
      context: contextWords.join(' '),
    };
    if (unitSingular) figure.unitSingular = unitSingular;
    const from = qualified ? qualified.from : i;
    const isPast = (t: Token | undefined): boolean => t !== undefined && (/^\p{Ll}\p{L}{2,}ed$/u.test(t.text) || COMMON_PAST.has(t.text));
    if (['down', 'up', 'out', 'off', 'away'].includes(lower(tokens[from - 1])) && isPast(tokens[from - 2])) {
      figure.verbBefore = `${tokens[from - 2]!.text} ${tokens[from - 1]!.text}`;
    } else if (isPast(tokens[from - 1])) figure.verbBefore = tokens[from - 1]!.text;
    if (whole) figure.whole = whole;
    figures.push(figure);
    i = next - 1;
  }
  return figures;
}

/** Words that end the event phrase before "in YEAR" when reading backwards. */
const EVENT_STOP = new Set(['since', 'after', 'before', 'following', 'during', 'until', 'that', 'which', 'when', 'has', 'have', 'had', 'been', 'was', 'were', 'is', 'are', 'growing', 'began', 'started', 'and', 'but', 'with']);

/** Finds years named as "in 2022" with the event phrase before them. */
export function findYears(sentence: string): YearMention[] {
  const tokens = tokenize(sentence);
  const years: YearMention[] = [];
  for (let i = 1; i < tokens.length; i++) {
    const t = tokens[i]!;
    if (!/^\d{4}$/.test(t.text)) continue;
    const year = Number(t.text);
    if (year < 1800 || year > 2100 || lower(tokens[i - 1]) !== 'in') continue;
    if (MONTHS[lower(tokens[i - 2])] !== undefined) continue;
    const words: Token[] = [];
    for (let k = i - 2; k >= 0 && words.length < 7; k--) {
      const w = tokens[k]!;
      if (!isWord(w) && w.text !== "'" && w.text !== '’') break;
      if (EVENT_STOP.has(lower(w))) break;
      words.unshift(w);
    }
    while (words.length > 0 && ['the', 'a', 'an', 'its', 'their'].includes(lower(words[0]))) words.shift();
    if (words.length < 2) continue;
    const label = sentence.slice(words[0]!.start, words[words.length - 1]!.end);
    years.push({ year, start: tokens[i - 1]!.start, end: t.end, label });
  }
  return years;
}

/** Words a trimmed clause must not start with. */
const LEADING_JOINERS = /^(?:and|but|or|while|whereas|as|which|who|with|although|though|meanwhile|however|additionally|instead|thus|so|yet|then|also|because|since|if|when|where)\b[,\s]*/i;

/** One-word openers of a sentence that a clause can do without ("However,", "Meanwhile,", "Simultaneously,"). */
const OPENERS = /^(?:\p{L}+ly|however|meanwhile|instead|moreover|furthermore|still|yet|also|again|then|now|later|today|yesterday|overnight|separately|elsewhere)$/iu;

/** Whether a piece of text has a finite verb, so it reads as a statement and not a fragment. */
function readsAsStatement(text: string): boolean {
  const opening = text.trim().split(/\s+/).slice(0, 2).map((w) => w.toLowerCase().replace(/[^\p{L}]/gu, ''));
  // "Proclaiming the interception of ...", "Directed at ...", "By showcasing ...": a fragment, whatever the tagger says.
  if (opening.some((w, k) => w.length > 4 && /(?:ing|ed)$/.test(w) && (k === 0 || ['by', 'after', 'while', 'when', 'before'].includes(opening[0]!)))) return false;
  const doc = nlp(text);
  // "said the shelters could hold ...": a clause that opens with its verb has lost its subject.
  const firstTerm = (doc.json() as { terms: { tags: string[] }[] }[])[0]?.terms[0];
  if (firstTerm && /^\s*\p{Ll}/u.test(text) && firstTerm.tags.includes('Verb')) return false;
  // "which lies next to the base, said ...": a relative clause is not a statement.
  if (/^(?:which|who|whom|whose|where|that)$/.test(opening[0] ?? '')) return false;
  if (text.toLowerCase().split(/[^\p{L}]+/u).some((w) => COMMON_PAST.has(w))) return true;
  return doc.has('(#PresentTense|#PastTense|#Modal|#Copula|#Auxiliary)');
}

/** Irregular past tenses the tagger reads as nouns ("water rose", "prices fell"). */
const COMMON_PAST = new Set([
  'rose', 'fell', 'hit', 'struck', 'said', 'told', 'met', 'sent', 'took', 'gave', 'made', 'won', 'lost', 'shot', 'ran',
  'left', 'fled', 'began', 'came', 'went', 'saw', 'grew', 'spread', 'held', 'kept', 'led', 'paid', 'cut', 'fought',
  'brought', 'bought', 'caught', 'drew', 'flew', 'froze', 'knew', 'sank', 'sold', 'spoke', 'stood', 'swept', 'threw',
  'wrote', 'burnt', 'dropped', 'hurt', 'killed', 'found', 'became', 'chose', 'drove', 'ate', 'forgot', 'rang',
  'spent', 'built', 'felt', 'meant', 'heard', 'woke', 'lay', 'bore', 'upheld', 'withdrew', 'overtook',
]);

/**
 * Trims a sentence to the clause around the given spans: the comma-, semicolon-
 * or dash-separated parts that hold them, widened until the clause has at least
 * `minWords` words and a finite verb (towards the sentence's subject first), and cut
 * to a window of about 240 characters around the spans. Returns the clause and
 * the offset of its start in the sentence.
 */
export function trimClause(sentence: string, keepStart: number, keepEnd: number, minWords = 8): { text: string; offset: number } {
  const cuts: number[] = [0];
  for (const m of sentence.matchAll(/[,;:—–()]\s*|\s+-\s+/g)) cuts.push(m.index + m[0].length);
  cuts.push(sentence.length);
  const parts: { start: number; end: number }[] = [];
  for (let k = 0; k + 1 < cuts.length; k++) if (cuts[k + 1]! > cuts[k]!) parts.push({ start: cuts[k]!, end: cuts[k + 1]! });
  let first = parts.findIndex((p) => p.end > keepStart);
  let last = parts.findIndex((p) => p.end >= keepEnd);
  if (first < 0) first = 0;
  if (last < 0) last = parts.length - 1;
  const slice = (a: number, b: number): string => sentence.slice(parts[a]!.start, parts[b]!.end);
  const wordCount = (a: number, b: number): number => (slice(a, b).match(/[\p{L}\p{N}]+/gu) ?? []).length;
  // An opening adverb or connective ("Simultaneously,", "However,") is never worth widening into.
  const opener = (): boolean => wordCount(0, 0) <= 1 && OPENERS.test(slice(0, 0).replace(/[\s,;:]+$/, ''));
  const floor = first > 0 && opener() ? 1 : 0;
  while ((wordCount(first, last) < minWords || !readsAsStatement(slice(first, last))) && (first > floor || last < parts.length - 1)) {
    const startsLower = /^\s*\p{Ll}/u.test(slice(first, first));
    if (first > floor && (startsLower || last === parts.length - 1)) first -= 1;
    else last += 1;
  }
  // "Maria Lindqvist, the mayor of Belmont, said ...": a clause that opens in lower case after a short part takes that part (the subject) too.
  // "His counterpart, Leila Bennani, called ...": a short name part before a verb takes the role before it.
  const opensWithName = (): boolean => first + 1 <= last && wordCount(first, first) <= 4 && /^\s*\p{Ll}/u.test(slice(first + 1, first + 1));
  while (
    first > 0 &&
    (/^\s*\p{Ll}/u.test(slice(first, first)) || opensWithName()) &&
    wordCount(first - 1, first - 1) <= 8 &&
    !(first - 1 === 0 && opener())
  ) first -= 1;
  let start = parts[first]!.start;
  let end = parts[last]!.end;
  const maxChars = 240;
  if (end - start > maxChars) {
    const room = Math.max(0, maxChars - (keepEnd - keepStart));
    const from = Math.max(start, keepStart - Math.floor(room / 2));
    const to = Math.min(end, keepEnd + (room - (keepStart - from)));
    const s = sentence.lastIndexOf(' ', from);
    start = from === start ? start : Math.max(start, s < 0 ? start : s + 1);
    const e = sentence.indexOf(' ', to);
    end = to === end ? end : e < 0 ? end : Math.min(end, e);
  }
  let text = sentence.slice(start, end);
  let offset = start;
  const lead = LEADING_JOINERS.exec(text);
  if (lead && lead[0].length <= keepStart - start) {
    offset += lead[0].length;
    text = text.slice(lead[0].length);
  }
  return { text, offset };
}

/** Tidies a trimmed clause into a statement: capital first letter, closed quotes, one full stop. */
export function finishStatement(text: string): string {
  let s = text.replace(/\s+/g, ' ').replace(/[\s,;:—–-]+$/, '').trim();
  // A relative clause between commas that holds no slot goes: "Brenau, which lies next to the base, said" → "Brenau said".
  s = s.replace(/,\s+(?:which|who|whose|where)\s+[^,{}]*,\s*/g, ' ');
  s = s.replace(/[.!?]+$/, '');
  for (const [open, close] of [['(', ')'], ['“', '”']] as const) {
    if (s.split(open).length !== s.split(close).length) s = s.split(open).join('').split(close).join('');
  }
  if ((s.match(/"/g) ?? []).length % 2 === 1) s = s.replace(/"/g, '');
  if (/^['‘]/.test(s) && (s.match(/['‘’]/g) ?? []).length % 2 === 1) s = s.slice(1);
  s = s.charAt(0).toUpperCase() + s.slice(1);
  return `${s}.`;
}
