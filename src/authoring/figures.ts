/**
 * The figures of a sentence, read by hand because a general tagger misreads
 * them on news text (compromise reads "43 out of 44" as 0.977, "$7.31
 * billion and 60,371,193" as one number, Il-76 as 76 and "World War II" as
 * 0): counts with their units, money, percentages, measures, and years.
 *
 * What is not a figure is never made one: model names (Il-76, F-16,
 * Shahed-136) and titles ("60 Minutes"), ordinals ("sixth"), days of a date
 * ("July 11", "23 April"), ranges and scores ("50 to 60", "6-4"), figures
 * used as adjectives ("a 7.8 magnitude quake", "21-year-old"), decades,
 * clock times, vague amounts ("a couple hundred", "tens of thousands") and
 * figures without a unit. When unsure, the figure is left as text.
 */
import type { Qualifier } from '../domain/bank.js';
import { has, isCapitalised, isWord, lower, touches, type Word } from './analysis.js';
import {
  CURRENCY_SIGNS,
  CURRENCY_WORDS,
  FIGURE_SCALE_WORDS,
  IRREGULAR_SINGULARS,
  MONTHS,
  NUMBER_WORDS,
  ORDINAL_WORDS,
  PASSING_VERBS,
  QUALIFIER_PHRASES,
  SCALE_ABBREVIATIONS,
  SHORT_UNITS,
  TITLE_AFTER_FIGURE,
  UNIT_FILLER,
  UNIT_STOP_WORDS,
  VAGUE_BEFORE,
} from './lexicon.js';
import { plural, singular } from './tokens.js';

/** A figure found in a sentence. Offsets are within the sentence. */
export interface Figure {
  /** The value the slot holds: 1.03 for "1.03 billion euros" (the scale goes in the unit), 6 for "minus 6 degrees". */
  value: number;
  qualifier: Qualifier;
  /** The span the slot stands for: qualifier words and the figure, and the unit too when `unitInside`. */
  start: number;
  end: number;
  /** Plural unit: "civilians", "billion euros", "percent", "km". */
  unit: string;
  /** Singular unit, where it differs by more than an -s. */
  unitSingular?: string;
  /** Whether the unit's words are inside the span (money, percentages, scales, short units); else they follow it in the text. */
  unitInside: boolean;
  /** What kind of figure it is. */
  kind: 'count' | 'money' | 'percent' | 'measure';
  /** A conversion in brackets right after it ("(2 miles)", "($1.37 billion)"), cut from a statement. */
  conversion?: { start: number; end: number };
  /** Where the figure's whole noun phrase ends (after the unit words in the text). */
  phraseEnd: number;
}

/** A year in a sentence: "in 2014", "since 2008". */
export interface YearMention {
  year: number;
  /** The year's own span. */
  start: number;
  end: number;
  /** The preposition before it. */
  preposition: string;
}

/** A number read from one or more tokens. */
interface Reading {
  value: number;
  /** Index of the first token after the number (and its scale). */
  next: number;
  /** A scale word was read ("billion"), to put into the unit. */
  scale?: string;
  currency?: { unit: string; singular: string };
  /** A percent sign or a short unit glued to the digits. */
  glued?: string;
  words: boolean;
}

const DIGITS = /^([$€£¥])?(\d{1,3}(?:,\d{3})+|\d+)(\.\d+)?([\p{L}%]*)$/u;

/** Reads the number that starts at token `i`, or `null`. */
function readNumber(words: Word[], i: number): Reading | null {
  const w = words[i]!;
  let value: number;
  let reading: Reading;
  const digits = DIGITS.exec(w.text);
  if (digits) {
    const [, sign, int, frac, tail] = digits;
    value = Number(`${int!.replace(/,/g, '')}${frac ?? ''}`);
    reading = { value, next: i + 1, words: false };
    if (sign) reading.currency = CURRENCY_SIGNS[sign];
    if (tail) {
      const t = tail.toLowerCase();
      if (t === '%') reading.glued = '%';
      else if (SCALE_ABBREVIATIONS[t] && reading.currency) reading.scale = SCALE_ABBREVIATIONS[t];
      else if (SHORT_UNITS[t]) reading.glued = t;
      else return null; // "20th", "1940s", "3D": not a count.
    }
  } else {
    const l = w.text.toLowerCase();
    const parts = l.split('-');
    if (parts.length === 2 && NUMBER_WORDS[parts[0]!] !== undefined && NUMBER_WORDS[parts[1]!] !== undefined && NUMBER_WORDS[parts[1]!]! < 10 && NUMBER_WORDS[parts[0]!]! >= 20) {
      value = NUMBER_WORDS[parts[0]!]! + NUMBER_WORDS[parts[1]!]!;
    } else if (parts.length === 1 && NUMBER_WORDS[l] !== undefined) {
      value = NUMBER_WORDS[l]!;
    } else return null;
    reading = { value, next: i + 1, words: true };
  }
  // Scale words: "1.03 billion", "four hundred", "two dozen", "3 million".
  for (;;) {
    const scaleWord = lower(words[reading.next]);
    const scale = FIGURE_SCALE_WORDS.get(scaleWord);
    if (!scale || reading.glued) break;
    // "hundreds of": vague.
    if (lower(words[reading.next + 1]) === 'of' && scaleWord !== 'dozen') return null;
    if (scaleWord === 'dozen' || scaleWord === 'hundred' || (scaleWord === 'thousand' && reading.value < 1000)) {
      reading.value *= scale;
    } else if (reading.scale === undefined) {
      reading.scale = scaleWord;
    } else return null;
    reading.next += 1;
  }
  if (!Number.isFinite(reading.value)) return null;
  return reading;
}

/** The qualifier words just before token `i`. */
function readQualifier(words: Word[], i: number): { qualifier: Qualifier; from: number } | null {
  for (const { words: phrase, qualifier } of QUALIFIER_PHRASES) {
    const parts = phrase.split(' ');
    const from = i - parts.length;
    if (from < 0) continue;
    if (parts.every((part, k) => lower(words[from + k]) === part)) {
      // "over the past 10 years" is no qualifier; "just" and "only" before a figure keep it exact.
      return { qualifier, from };
    }
  }
  return null;
}

/** Whether token `i` (a figure in digits) is a day of a date: "July 11", "Dec. 5", "23 April". */
function isDay(words: Word[], i: number, value: number): boolean {
  if (value < 1 || value > 31 || !Number.isInteger(value)) return false;
  const before = lower(words[i - 1]).replace(/\.$/, '');
  const before2 = lower(words[i - 2]);
  if (MONTHS[before] !== undefined || (before === '.' && MONTHS[before2] !== undefined)) return true;
  const after = words[i + 1];
  // "23 April"; "may" and "march" only capitalised ("5 March", not "5 may").
  return MONTHS[lower(after).replace(/\.$/, '')] !== undefined && (isCapitalised(after) || !['may', 'march'].includes(lower(after)));
}

/** Whether a word could be the noun or adjective of a unit. */
function unitWord(word: Word | undefined): boolean {
  if (!word || !isWord(word)) return false;
  const l = word.text.toLowerCase();
  if (UNIT_STOP_WORDS.has(l) || (/ly$/.test(l) && !has(word, 'Noun') && !has(word, 'Adjective'))) return false;
  if (has(word, 'Adverb') && !has(word, 'Noun')) return false;
  if ((has(word, 'Verb') && !has(word, 'Gerund') && !has(word, 'Noun')) || has(word, 'Copula') || has(word, 'Auxiliary') || has(word, 'Modal')) return false;
  if (has(word, 'Pronoun') || has(word, 'Determiner') || has(word, 'Preposition') || has(word, 'Conjunction')) return false;
  return true;
}

/** Whether a unit word is a noun (the unit's head may be only a noun). */
const nounLike = (word: Word): boolean =>
  has(word, 'Noun') || has(word, 'Plural') || /s$/.test(word.text) || IRREGULAR_SINGULARS[word.text.toLowerCase()] !== undefined;

/** Reads the unit words after a figure: adjectives and nouns up to the head noun. Returns the words' indexes. */
function readUnitWords(words: Word[], from: number): number[] {
  const taken: number[] = [];
  for (let k = from; k < words.length && taken.length < 4; k++) {
    const word = words[k]!;
    // compromise reads some plural nouns after a noun as verbs ("four break points after ..."): a plural -s word
    // after a singular noun of the unit, before no object, is the unit's head.
    const misreadPlural =
      taken.length > 0 && has(word, 'PresentTense') && /s$/.test(word.text) && (has(words[k - 1], 'Singular') || has(words[k - 1], 'Infinitive')) &&
      !has(words[k + 1], 'Determiner') && !has(words[k + 1], 'Noun') && !has(words[k + 1], 'Pronoun') && !has(words[k + 1], 'Value');
    // "6 transport helicopters": a noun read as a verb before the plural noun it qualifies.
    const pluralNext = words[k + 1] !== undefined && /^\p{Ll}+s$/u.test(words[k + 1]!.text) && (has(words[k + 1], 'Plural') || !isWord(words[k + 2]) || has(words[k + 2], 'PastTense') || has(words[k + 2], 'Preposition'));
    const misreadModifier = has(word, 'Verb') && !has(word, 'PastTense') && /^\p{Ll}+$/u.test(word.text) && pluralNext;
    // A model name before the unit ("two Il-76 transport planes") is part of the phrase, whatever the tagger says.
    const modelName = /^\p{Lu}[\p{L}]*-\d/u.test(word.text);
    if (!unitWord(word) && !misreadPlural && !misreadModifier && !modelName) break;
    if (k > from && !touches(words[k - 1], word) && words[k - 1]!.end + 1 !== word.start) break;
    taken.push(k);
    // A plural noun ends the unit ("3 couples, while"), unless a noun follows ("break points").
    const l = word.text.toLowerCase();
    if (misreadPlural || (has(word, 'Plural') || (/s$/.test(l) && !/(?:ss|us|is)$/.test(l)) || IRREGULAR_SINGULARS[l] !== undefined) && !(words[k + 1] && has(words[k + 1], 'Noun') && has(words[k + 1], 'Plural') && unitWord(words[k + 1]))) {
      break;
    }
  }
  // The unit ends at its last noun.
  while (taken.length > 0 && !nounLike(words[taken[taken.length - 1]!]!)) taken.pop();
  return taken;
}

/** Whether the figure at `i` stands in a range or a score: "50 to 60", "between 5 and 7", "6-4", "4 to 4". */
function inRange(words: Word[], i: number, reading: Reading): boolean {
  const prev = words[i - 1];
  if (prev && (prev.text === '-' || prev.text === '–') && touches(prev, words[i]) && /^\d/.test(lower(words[i - 2]))) return true;
  const next = words[reading.next];
  if (next && (next.text === '-' || next.text === '–') && touches(words[reading.next - 1], next) && /^\d/.test(lower(words[reading.next + 1]))) return true;
  if (lower(words[i - 1]) === 'between') return true;
  // "between 5 and 7": the second figure.
  if (lower(words[i - 1]) === 'and' && /^\d/.test(lower(words[i - 2])) && lower(words[i - 3]) === 'between') return true;
  const bare = !reading.currency && !reading.glued && !reading.scale;
  if (bare && ['to', 'or'].includes(lower(next)) && words[reading.next + 1] && readNumber(words, reading.next + 1)) return true;
  if (['to', 'or'].includes(lower(prev)) && /^\d/.test(lower(words[i - 2])) && bare) {
    const before = readNumber(words, i - 2);
    if (before && !before.currency && !before.glued) return true;
  }
  return false;
}

/** For "43 out of 44 missiles" at `k` ("out" or "of"): the whole's figure, when it has a unit of its own. */
function partOf(words: Word[], k: number): Figure | null {
  let at = k;
  if (lower(words[at]) === 'out') at += 1;
  if (lower(words[at]) !== 'of') return null;
  at += 1;
  if (lower(words[at]) === 'the') at += 1;
  const reading = words[at] && readNumber(words, at);
  if (!reading || reading.currency || reading.glued) return null;
  const figure = readFigure(words, at, reading);
  return figure && !figure.unitInside ? figure : null;
}

/** Time units whose figures combine into one duration ("two hours and 14 minutes"). */
const TIME_UNIT = /^(?:years?|months?|weeks?|days?|hours?|minutes?|seconds?)$/;

/** Words that finish a unit after its noun ("degrees Celsius"). */
const UNIT_TAILS = new Set(['Celsius', 'Fahrenheit', 'Kelvin', 'C', 'F']);

/** Finds the figures in a sentence. */
export function findFigures(words: Word[]): Figure[] {
  const figures: Figure[] = [];
  for (let i = 0; i < words.length; i++) {
    const reading = readNumber(words, i);
    if (!reading) continue;
    const figure = readFigure(words, i, reading);
    if (figure) figures.push(figure);
    i = Math.max(i, reading.next - 1);
  }
  // A figure inside another's conversion ("(2 miles)") is the same amount again.
  return figures.filter((f) => !figures.some((g) => g.conversion && f.start >= g.conversion.start && f.end <= g.conversion.end));
}

/** The figure whose number starts at token `i`, or `null` when it is not one (see the module's list). */
function readFigure(words: Word[], i: number, reading: Reading): Figure | null {
  const word = words[i]!;
  const prev = words[i - 1];
  const next = words[reading.next];
  const inDigits = !reading.words;
  // Part of a name: "Il-76" is one token; "Apollo 11", "Oscars 2024", "Boeing 737".
  const percentOrMoney = Boolean(reading.currency) || reading.glued === '%' || ['percent', 'per', 'pc'].includes(lower(next));
  if (inDigits && !percentOrMoney && !/[,.]/.test(word.text) && prev && isCapitalised(prev) && i - 1 > 0 && !has(prev, 'Month') && MONTHS[lower(prev).replace(/\.$/, '')] === undefined && !/^(?:In|On|At|By|Since|From|To|Until|After|Before|Of|About|Some|Nearly|Almost|Around|Over|Under|Only|Just|More|Less|Fewer|About|Roughly|Approximately)$/.test(prev.text) && !has(prev, 'Verb')) {
    return null;
  }
  // A title: "60 Minutes".
  if (inDigits && next && TITLE_AFTER_FIGURE.has(next.text)) return null;
  // Joined by a hyphen to a word: "21-year-old", "three-hour", "100-square-mile".
  if (next && next.text === '-' && touches(words[reading.next - 1], next) && isWord(words[reading.next + 1])) return null;
  if (/-/.test(word.text) && !reading.words) return null;
  if (prev && prev.text === '-' && touches(prev, word)) {
    if (!/^\d/.test(lower(words[i - 2]))) return null;
  }
  if (inRange(words, i, reading)) return null;
  // Years, days, clock times, ranks.
  if (inDigits && !reading.currency && !reading.glued && !reading.scale && /^\d{4}$/.test(word.text) && reading.value >= 1800 && reading.value <= 2100) return null;
  if (inDigits && !reading.currency && isDay(words, i, reading.value)) return null;
  if (/^(?:a\.m|p\.m|am|pm|gmt|utc|bst|est|pst|cet)\.?$/.test(lower(next)) || lower(next) === ':') return null;
  if (['no', 'no.', 'number', '#', 'page', 'article', 'chapter', 'section', 'room', 'flight', 'route', 'line', 'level', 'grade', 'category', 'phase', 'stage'].includes(lower(prev))) return null;
  if (ORDINAL_WORDS.has(lower(word))) return null;
  // "The toll passed 11,000": the verb says "more than", and a question could not say by how much; no slot.
  if (PASSING_VERBS.has(lower(prev))) return null;
  // Vague: "a couple hundred", "tens of thousands", "a few".
  if (VAGUE_BEFORE.has(lower(prev)) || (lower(prev) === 'a' && reading.words)) return null;
  // "the two countries", "its one": a word figure after a determiner points back to things already counted.
  if (reading.words && ['the', 'these', 'those', 'both', 'its', 'their', 'his', 'her', 'our', 'all', 'every', 'each'].includes(lower(prev))) return null;
  // "one of the", "at least one winner": a figure of one says too little to ask about.
  if (reading.value === 1 && !reading.currency && !reading.glued && !reading.scale && lower(next) !== 'per' && !['percent'].includes(lower(next))) return null;
  // "Spain and Morocco, two countries some 14 km apart": a count right after a comma describes what was just named.
  if (reading.words && reading.value <= 3 && prev?.text === ',') return null;

  const qualified = readQualifier(words, i);
  let qualifier: Qualifier = qualified?.qualifier ?? 'exactly';
  let start = words[qualified ? qualified.from : i]!.start;
  // "minus 6 degrees": the slot holds 6; "minus" stays in the text.
  if (lower(prev) === 'minus' || lower(prev) === 'negative') {
    qualifier = 'exactly';
    start = word.start;
  }
  let end = words[reading.next - 1]!.end;
  let after = reading.next;
  let unit = '';
  let unitSingular: string | undefined;
  let unitInside = false;
  let kind: Figure['kind'] = 'count';
  const scale = reading.scale ? `${reading.scale} ` : '';
  if (reading.currency) {
    kind = 'money';
    unit = `${scale}${reading.currency.unit}`;
    unitSingular = reading.value === 1 && !scale ? reading.currency.singular : undefined;
    unitInside = true;
  } else if (reading.glued === '%' || ['percent', 'per cent', 'pc'].includes(lower(next)) || (lower(next) === 'per' && lower(words[after + 1]) === 'cent')) {
    kind = 'percent';
    if (reading.glued !== '%') {
      const two = lower(next) === 'per';
      end = words[after + (two ? 1 : 0)]!.end;
      after += two ? 2 : 1;
      unit = two ? 'per cent' : lower(next) === 'pc' ? 'percent' : 'percent';
    } else unit = 'percent';
    unitInside = true;
  } else if (reading.glued && SHORT_UNITS[reading.glued]) {
    kind = 'measure';
    unit = SHORT_UNITS[reading.glued]!.unit;
    unitSingular = SHORT_UNITS[reading.glued]!.singular;
    unitInside = true;
  } else if (next && SHORT_UNITS[lower(next)] && lower(next) !== 'm' && lower(next) !== 'g') {
    kind = 'measure';
    unit = SHORT_UNITS[lower(next)]!.unit;
    unitSingular = SHORT_UNITS[lower(next)]!.singular;
    end = next.end;
    after += 1;
    unitInside = true;
  } else if (next && CURRENCY_WORDS.has(lower(next))) {
    kind = 'money';
    const one = lower(next).replace(/s$/, '');
    unit = `${scale}${lower(next).endsWith('s') || reading.value !== 1 ? (lower(next).endsWith('s') || ['yen', 'yuan', 'won', 'rand', 'lira'].includes(lower(next)) ? lower(next) : `${lower(next)}s`) : plural(lower(next), IRREGULAR_SINGULARS)}`;
    if (reading.value === 1 && !scale) unitSingular = one;
    end = next.end;
    after += 1;
    unitInside = true;
  } else if (['out', 'of'].includes(lower(next)) && partOf(words, reading.next)) {
    // "43 out of 44 missiles": the part takes the whole's unit, which follows the whole in the text.
    const whole = partOf(words, reading.next)!;
    unit = whole.unit;
    if (whole.unitSingular) unitSingular = whole.unitSingular;
    kind = whole.kind;
    after = reading.next;
  } else {
    const unitIdx = readUnitWords(words, after);
    if (unitIdx.length === 0) return null;
    if (UNIT_TAILS.has(words[unitIdx[unitIdx.length - 1]! + 1]?.text ?? '')) unitIdx.push(unitIdx[unitIdx.length - 1]! + 1);
    const unitWords = unitIdx.map((k) => words[k]!);
    const tail = UNIT_TAILS.has(unitWords[unitWords.length - 1]!.text) && unitWords.length > 1;
    const head = unitWords[unitWords.length - (tail ? 2 : 1)]!;
    const headLower = head.text.toLowerCase();
    const isPlural = has(head, 'Plural') || IRREGULAR_SINGULARS[headLower] !== undefined || (/s$/.test(headLower) && !/(?:ss|us|is)$/.test(headLower));
    // "a 7.8 magnitude quake", "a 3 mile walk": a figure before a singular noun is an adjective.
    if (reading.value !== 1 && !isPlural && !scale) return null;
    if (reading.value === 1 && isPlural) return null;
    // Names and fillers stay in the text but out of the unit: "30 Cuban officials" counts "officials";
    // a capitalised head keeps its capitalised words: "seven Academy Awards".
    let from = unitWords.length - 1;
    const headCapitalised = isCapitalised(head);
    while (from > 0) {
      const w = unitWords[from - 1]!;
      if (headCapitalised ? !isCapitalised(w) : isCapitalised(w) || UNIT_FILLER.has(lower(w))) break;
      from -= 1;
    }
    const keptText = unitWords.slice(from).map((w) => w.text);
    if (tail) {
      // "degrees Celsius": the unit as written.
      const all = unitWords.slice(from).map((w) => w.text);
      unit = all.join(' ');
      if (reading.value === 1) unitSingular = [singular(head.text, IRREGULAR_SINGULARS), ...all.slice(all.indexOf(head.text) + 1)].join(' ');
      after = unitIdx[unitIdx.length - 1]! + 1;
      if (/^degrees?$/.test(headLower)) kind = 'measure';
      const figure: Figure = { value: reading.value, qualifier, start, end, unit, unitInside: false, kind, phraseEnd: words[after - 1]!.end };
      if (unitSingular) figure.unitSingular = unitSingular;
      withConversion(words, after, figure);
      return figure;
    }
    if (reading.value === 1) {
      unit = [...keptText.slice(0, -1), plural(head.text, IRREGULAR_SINGULARS)].join(' ');
      unitSingular = keptText.join(' ');
    } else {
      unit = keptText.join(' ');
      const one = singular(head.text, IRREGULAR_SINGULARS);
      if (one.toLowerCase() !== headLower.replace(/s$/, '')) unitSingular = [...keptText.slice(0, -1), one].join(' ');
    }
    if (scale) {
      // "10 million miles": the scale and the unit go inside the slot.
      unit = `${scale}${unitWords.map((w) => w.text).join(' ')}`;
      unitSingular = undefined;
      end = unitWords[unitWords.length - 1]!.end;
      after = unitIdx[unitIdx.length - 1]! + 1;
      unitInside = true;
    } else {
      after = unitIdx[unitIdx.length - 1]! + 1;
    }
    if (/^(?:km|kilomet(?:re|er)s?|miles?|metres?|meters?|feet|degrees?|hours?|minutes?|seconds?|days?|weeks?|months?|years?|tonnes?|tons?|kilograms?|hectares?|acres?)$/i.test(headLower)) kind = 'measure';
  }
  if (reading.scale && !unitInside) return null;
  const figure: Figure = { value: reading.value, qualifier, start, end, unit, unitInside, kind, phraseEnd: words[after - 1]!.end };
  if (unitSingular && unitSingular !== unit.replace(/s$/, '')) figure.unitSingular = unitSingular;
  // "two hours and 14 minutes": a duration in two parts is no single figure.
  if (TIME_UNIT.test(unit) && (lower(words[after]) === 'and' && words[after + 1] && readNumber(words, after + 1) || lower(words[i - 1]) === 'and' && TIME_UNIT.test(lower(words[i - 2])))) return null;
  withConversion(words, after, figure);
  return figure;
}

/** Marks a conversion in brackets right after a figure: "3km (2 miles)", "2.5 billion euros ($2.7 billion)". */
function withConversion(words: Word[], after: number, figure: Figure): void {
  if (lower(words[after]) !== '(') return;
  const close = words.findIndex((w, k) => k > after && w.text === ')');
  if (close > 0 && close - after <= 5 && readNumber(words, after + 1)) figure.conversion = { start: words[after]!.start, end: words[close]!.end };
}

/** Finds years named after a preposition ("in 2014", "since 2008"), one at a time (a list of years gives none). */
export function findYears(words: Word[]): YearMention[] {
  const years: YearMention[] = [];
  for (let i = 1; i < words.length; i++) {
    const w = words[i]!;
    if (!/^\d{4}$/.test(w.text)) continue;
    const year = Number(w.text);
    if (year < 1800 || year > 2100) continue;
    const preposition = lower(words[i - 1]);
    if (!['in', 'since', 'until', 'by', 'before', 'after'].includes(preposition)) continue;
    // "in 2000, 2003 and 2008": a list is not one year.
    if ([',', 'and', 'or', '-', '–'].includes(lower(words[i + 1])) && /^\d{4}$/.test(lower(words[i + 2]) || '')) continue;
    if (lower(words[i + 1]) === ',' && /^\d{4}$/.test(lower(words[i + 2]))) continue;
    years.push({ year, start: w.start, end: w.end, preposition });
  }
  return years;
}
