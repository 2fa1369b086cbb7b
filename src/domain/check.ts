/**
 * Checking answers: one pure function marks any answer against its question,
 * the way a fair teacher would. Typed names forgive case, diacritics, aliases,
 * transliteration variants and small typos, but never an input that is closer
 * to another entity of the same type; typed numbers are read from digits or
 * words and accepted within the fact's bounds; matching and ordering earn
 * partial points.
 *
 * Pure: no DOM, no `node:` imports.
 */
import type { Answer, Check, MatchQuestion, NumberAnswer, OrderQuestion, Question, TextAnswer } from './question.js';
import { editDistance, normalize, parseNumber, translitKey, typoBudget } from './text.js';

/**
 * Mark one answer. Never throws: a missing, blank or ill-typed answer (a
 * string for a choice, an index out of range, a malformed arrangement) scores
 * 0 and is not correct.
 *
 * - `choice`, `truefalse`: the chosen index must be the correct one.
 * - `text`, `cloze` with a text blank: {@link matchesText}.
 * - `number`, `cloze` with a number blank: {@link matchesNumber} (a finite
 *   number is taken as typed).
 * - `match`: points are the share of left items paired with their right item.
 * - `order`: points are the share of item pairs placed in the right relative
 *   order (1 − the normalised Kendall tau distance): one swap of two
 *   neighbours among four items keeps 5/6, the reverse order earns 0.
 *
 * `correct` is true only with full points; `answerText` is always the
 * question's canonical answer.
 */
export function checkAnswer(question: Question, answer: Answer | null | undefined): Check {
  let points = 0;
  try {
    points = score(question, answer);
  } catch {
    // A malformed question (say, a hand-edited saved attempt) marks as wrong rather than breaking the quiz.
    points = 0;
  }
  if (!(points >= 0 && points <= 1)) points = 0;
  return { points, correct: points === 1, answerText: question?.answerText ?? '' };
}

function score(question: Question, answer: Answer | null | undefined): number {
  if (answer === null || answer === undefined) return 0;
  switch (question.kind) {
    case 'choice':
    case 'truefalse':
      return Number.isInteger(answer) && answer === question.correct ? 1 : 0;
    case 'text':
      return typeof answer === 'string' && matchesText(answer, question) ? 1 : 0;
    case 'number':
      return numberAnswered(answer, question) ? 1 : 0;
    case 'cloze':
      if (question.blank.type === 'text') return typeof answer === 'string' && matchesText(answer, question.blank) ? 1 : 0;
      return numberAnswered(answer, question.blank) ? 1 : 0;
    case 'match':
      return matchPoints(question, answer);
    case 'order':
      return orderPoints(question, answer);
    default:
      return 0;
  }
}

function numberAnswered(answer: Answer, expected: NumberAnswer): boolean {
  if (typeof answer === 'number') return Number.isFinite(answer) && answer >= expected.min && answer <= expected.max;
  return typeof answer === 'string' && matchesNumber(answer, expected);
}

function matchPoints(question: MatchQuestion, answer: Answer): number {
  if (!Array.isArray(answer) || !question.left.length) return 0;
  let right = 0;
  question.pairs.forEach((expected, i) => {
    if (answer[i] === expected) right += 1;
  });
  return right / question.left.length;
}

function orderPoints(question: OrderQuestion, answer: Answer): number {
  const n = question.order.length;
  if (!Array.isArray(answer) || answer.length !== n || n === 0) return 0;
  const seen = new Set<number>();
  for (const index of answer) {
    if (!Number.isInteger(index) || index < 0 || index >= n || seen.has(index)) return 0;
    seen.add(index);
  }
  if (n === 1) return 1;
  const rank = new Array<number>(n);
  question.order.forEach((item, position) => (rank[item] = position));
  let inOrder = 0;
  for (let i = 0; i < n; i++) {
    for (let j = i + 1; j < n; j++) if (rank[answer[i]!]! < rank[answer[j]!]!) inOrder += 1;
  }
  return inOrder / ((n * (n - 1)) / 2);
}

/** One accepted or rival form, prepared once for comparing. */
interface Form {
  words: string[];
  keys: string[];
  joined: string;
  joinedKey: string;
  /** Whether any word is a figure (digits or a Roman numeral), which must match exactly. */
  figures: boolean;
}

/** Roman numerals up to 399: "World War II" is not "World War I", whatever the transliteration key says. */
const ROMAN = /^(?=[ivxlc])c{0,3}(?:xc|xl|l?x{0,3})(?:ix|iv|v?i{0,3})$/;
const isFigure = (word: string) => /[0-9]/.test(word) || ROMAN.test(word);

function prepare(text: string): Form | null {
  if (typeof text !== 'string') return null;
  const normal = normalize(text);
  if (!normal) return null;
  const words = normal.split(' ');
  const keys = words.map((w) => (isFigure(w) ? w : translitKey(w)));
  return { words, keys, joined: words.join(''), joinedKey: keys.join(''), figures: words.some(isFigure) };
}

/** How far apart two forms are: `d` counts transliteration variants as equal, `raw` does not and breaks ties. */
interface Distance {
  d: number;
  raw: number;
  within: boolean;
}

const FAR: Distance = { d: Infinity, raw: Infinity, within: false };

/** Whether `a` is strictly closer than `b`. */
const closer = (a: Distance, b: Distance) => a.d < b.d || (a.d === b.d && a.raw < b.raw);

/**
 * How far an input is from one form, and whether that is within the typo
 * budget. Same number of words: word by word, the smaller of the plain and
 * the transliteration-key distance, each word within its budget, figures
 * equal. A different number of words: only the same letters spaced
 * differently ("Jong-un" / "Jongun") count, so a surname alone is right only
 * when the bank lists it as an alias. Beyond `limit` (and, for the plain
 * spelling, `rawLimit`) the exact figure does not matter and is not worked out.
 */
function distance(input: Form, form: Form, limit = Infinity, rawLimit = Infinity): Distance {
  if (input.joined === form.joined) return { d: 0, raw: 0, within: true };
  if (input.words.length !== form.words.length) {
    if (input.figures || form.figures || input.joinedKey !== form.joinedKey) return FAR;
    return { d: 0, raw: editDistance(input.joined, form.joined), within: true };
  }
  let d = 0;
  let raw = 0;
  let within = true;
  for (let i = 0; i < form.words.length; i++) {
    const a = input.words[i]!;
    const b = form.words[i]!;
    if (a === b) continue;
    if (isFigure(a) || isFigure(b)) return FAR;
    const wordKey = editDistance(input.keys[i]!, form.keys[i]!, limit - d);
    // Once past `rawLimit` the plain total can only grow: no need to measure further.
    const wordRaw = raw > rawLimit ? 0 : editDistance(a, b, rawLimit - raw);
    const word = Math.min(wordRaw, wordKey);
    // The shorter word sets the budget, so "Ky" does not pass for "Kyiv" on a one-letter slip.
    if (word > typoBudget(Math.min(a.length, b.length))) within = false;
    d += word;
    raw += wordRaw;
    if (d > limit) return { d, raw, within: false };
  }
  return { d, raw, within };
}

interface PreparedAnswer {
  accept: string[];
  rivals: string[][];
  forms: Form[];
  rivalForms: Form[][];
}

const prepared = new WeakMap<TextAnswer, PreparedAnswer>();

/** The answer's forms, normalised once per answer object (re-done if its lists are replaced). */
function prepareAnswer(answer: TextAnswer): PreparedAnswer {
  const cached = prepared.get(answer);
  if (cached && cached.accept === answer.accept && cached.rivals === answer.rivals) return cached;
  const accept = Array.isArray(answer.accept) ? answer.accept : [];
  const rivals = Array.isArray(answer.rivals) ? answer.rivals : [];
  const forms = accept.map(prepare).filter((f): f is Form => f !== null);
  const rivalForms = rivals
    .map((r) => (Array.isArray(r) ? r.map(prepare).filter((f): f is Form => f !== null) : []))
    .filter((r) => r.length > 0);
  const entry = { accept: answer.accept, rivals: answer.rivals, forms, rivalForms };
  prepared.set(answer, entry);
  return entry;
}

/**
 * Whether a typed name is the answer. True when, after {@link normalize}, it
 * equals an accepted form, has the same {@link translitKey}, or differs from
 * one only by small typos (per word, as long as the shorter of the two: none
 * up to 3 letters, 1 for 4 to 7, 2 for 8 or more; digits and Roman numerals
 * exactly); and it must be strictly closer to the answer's forms than to every
 * rival's forms ("Kim Jong Il" is not Kim Jong-un). Closeness counts
 * transliteration variants as equal; between equals, the plain spelling
 * decides ("WWII" is closer to "WWII" than to "WWI"). A leading preposition,
 * article or title is forgiven when the rest matches ("in Kyiv",
 * "President Putin" where "Putin" is accepted).
 */
export function matchesText(input: string, answer: TextAnswer): boolean {
  if (typeof input !== 'string' || input.length > MAX_TEXT_INPUT) return false;
  const typed = prepare(input);
  if (!typed) return false;
  const { forms, rivalForms } = prepareAnswer(answer);
  if (matchesForms(typed, forms, rivalForms)) return true;
  const bare = normalize(input).replace(LEADING_WORDS, '');
  const stripped = bare && bare !== typed.words.join(' ') ? prepare(bare) : null;
  return stripped !== null && matchesForms(stripped, forms, rivalForms);
}

/** No name a reader types is longer; a pasted essay is not compared letter by letter. */
const MAX_TEXT_INPUT = 200;

/** A preposition, article and title a reader may put before a name: "in the Pskov region", "President Putin". */
const LEADING_WORDS = /^(?:(?:in|at|on|from|to|by|near|of) )?(?:(?:the|a|an) )?(?:(?:mr|mrs|ms|dr|president|general|gen) )?/;

function matchesForms(typed: Form, forms: Form[], rivalForms: Form[][]): boolean {
  let best = FAR;
  let within = false;
  for (const form of forms) {
    const result = distance(typed, form);
    if (result.within) within = true;
    if (closer(result, best)) best = result;
  }
  if (!within) return false;
  for (const rival of rivalForms) {
    // Only a rival at most as far as the answer matters: stop measuring beyond that.
    for (const form of rival) if (!closer(best, distance(typed, form, best.d, best.raw))) return false;
  }
  return true;
}

/**
 * Whether a typed number is the answer: read with {@link parseNumber} (digits
 * or words, after dropping the unit's words at the end, plural or singular:
 * "forty-three planes", "one mile") and accepted when `min ≤ n ≤ max`; the
 * bounds carry the fact's tolerance and qualifier. Other words after a figure
 * in words are read past as they are after digits ("one missile or drone",
 * "4 planes"), but never a number word: "seven or eight" is no answer.
 */
export function matchesNumber(input: string, answer: NumberAnswer): boolean {
  if (typeof input !== 'string') return false;
  const unitWords = new Set<string>();
  for (const word of normalize(String(answer.unit ?? '')).split(' ')) if (word) for (const form of unitForms(word)) unitWords.add(form);
  const tokens = input.trim().split(/\s+/);
  while (tokens.length > 1 && unitWords.has(normalize(tokens[tokens.length - 1]!))) tokens.pop();
  let n = parseNumber(tokens.join(' '));
  const numberWord = (token: string) => parseNumber(token) !== null || parseNumber(`one ${token}`) !== null;
  while (n === null && tokens.length > 1 && !numberWord(tokens[tokens.length - 1]!)) {
    tokens.pop();
    n = parseNumber(tokens.join(' '));
  }
  return n !== null && n >= answer.min && n <= answer.max;
}

/** Plurals a unit may use whose singular is not the plural less its ending. */
const IRREGULAR_SINGULARS: Record<string, string> = {
  people: 'person',
  children: 'child',
  men: 'man',
  women: 'woman',
  feet: 'foot',
  teeth: 'tooth',
  mice: 'mouse',
  geese: 'goose',
  criteria: 'criterion',
  phenomena: 'phenomenon',
};

/**
 * The forms one word of a unit takes after a figure: as given, and singular after 1, as the
 * answer shows it ("one mile", "one city", "one life", "one person"). More forms than English has
 * do no harm: they are only dropped from the end of a typed figure.
 */
function unitForms(word: string): string[] {
  const forms = [word, word.replace(/s$/, ''), word.replace(/es$/, ''), word.replace(/ies$/, 'y'), word.replace(/ves$/, 'f'), word.replace(/ves$/, 'fe')];
  const irregular = IRREGULAR_SINGULARS[word];
  if (irregular) forms.push(irregular);
  return forms;
}
