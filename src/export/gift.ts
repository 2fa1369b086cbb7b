/**
 * A quiz in Moodle's GIFT format, to import into a Moodle question bank
 * (Question bank › Import › GIFT format). Pure text: no DOM.
 *
 * How each kind maps:
 * - `choice` → multiple choice `{=right ~wrong ...}`;
 * - `truefalse` → `{T}` / `{F}`;
 * - `text` → short answer `{=label =alias =spelling ...}`;
 * - `number` → numerical `{#value:tolerance}` (or `{#min..max}` when the
 *   bounds are not symmetric about the figure);
 * - `cloze` → GIFT's "missing word" form: the blank inline in the sentence;
 * - `match` → matching `{=left -> right ...}`;
 * - `order` → GIFT has no ordering question: exported as matching, each item
 *   paired with its place (1 to n) in the order.
 *
 * What GIFT cannot hold is said in a `//` comment line before the question:
 * Moodle's short answer accepts only the listed forms (case aside), so the
 * typo, transliteration and rival checks of news-quiz are lost; an order
 * question becomes a matching one and Moodle gives one share per item placed
 * right rather than per pair in order. A matching or order question of fewer
 * than two pairs (which Moodle refuses) is left out with a `// not exported`
 * line.
 */
import type { Bank } from '../domain/bank.js';
import type { NumberAnswer, Question, QuestionKind, QuestionOf, Quiz, TextAnswer } from '../domain/question.js';

/** Options for {@link toGift}. */
export interface GiftOptions {
  /** Names the Moodle category the questions go into (`$CATEGORY:` line); none by default. */
  title?: string;
  /** The bank the quiz was made from, to cite articles by title rather than by id. */
  bank?: Bank;
}

/**
 * Escape GIFT's special characters (`\ ~ = # { } :`) with a backslash, fold
 * line breaks into spaces (a blank line ends a question in GIFT), and write
 * `->` as an arrow `→`: no escape protects it, and Moodle and GIFT parsers take
 * an answer holding it for a matching pair, whatever the question.
 */
export function escapeGift(text: string): string {
  return String(text)
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/->/g, '→')
    .replace(/[\\~=#{}:]/g, (c) => `\\${c}`);
}

/** The question's explanation with its source: "... (Source: “Title”, paragraph 3.)". */
function feedback(question: Question, bank: Bank | undefined): string {
  const article = bank?.articles.find((a) => a.id === question.article);
  const source = article ? `“${article.title}”` : `article ${question.article}`;
  return `${question.explanation} (Source: ${source}, paragraph ${question.paragraph}.)`;
}

/** GIFT numbers: plain decimals, no exponent. */
function giftNumber(n: number): string {
  if (Number.isInteger(n)) return String(n);
  return String(Number(n.toFixed(6)));
}

function numberAnswer(answer: NumberAnswer): string {
  const low = answer.value - answer.min;
  const high = answer.max - answer.value;
  if (Math.abs(low - high) < 1e-9) return `#${giftNumber(answer.value)}:${giftNumber(low)}`;
  return `#${giftNumber(answer.min)}..${giftNumber(answer.max)}`;
}

/** Accepted forms, each once (Moodle compares case-insensitively). */
function shortAnswers(answer: TextAnswer): string {
  const seen = new Set<string>();
  const forms: string[] = [];
  for (const form of [...answer.accept, ...(answer.spellings ?? [])]) {
    const key = form.toLowerCase().trim();
    if (!key || seen.has(key)) continue;
    seen.add(key);
    forms.push(`=${escapeGift(form)}`);
  }
  return forms.join(' ');
}

const SHORT_ANSWER_NOTE =
  '// Moodle short answer: only the forms listed are accepted (any case); unlike news-quiz it forgives no typos or other transliterations.';

/** The place labels an order question is matched against: "1 (earliest)", "2", ..., "4 (latest)". */
export function orderPlaces(count: number, ends: { first: string; last: string }): string[] {
  return Array.from({ length: count }, (_, k) =>
    k === 0 ? `1 (${ends.first})` : k === count - 1 ? `${count} (${ends.last})` : String(k + 1),
  );
}

/** What every question's GIFT block starts from. */
interface GiftParts {
  /** `::id::` */
  title: string;
  /** The general feedback, `####...`. */
  general: string;
  /** The tag comment line. */
  tags: string;
  /** The escaped prompt. */
  prompt: string;
}

/** One option among several: Moodle's multiple choice. */
function giftOptions(q: { options: string[]; correct: number }, p: GiftParts): string {
  const options = q.options.map((o, i) => `\t${i === q.correct ? '=' : '~'}${escapeGift(o)}`);
  return [p.tags, `${p.title} ${p.prompt} {`, ...options, `\t${p.general}`, '}'].join('\n');
}

/** An arrangement: GIFT has no ordering question, so each item is matched with its place. */
function giftArrange(q: { id: string; items: string[]; order: number[]; ends: { first: string; last: string } }, p: GiftParts): string {
  if (q.items.length < 2) return `// not exported: ${q.id} (Moodle's matching question needs at least two pairs)`;
  const places = orderPlaces(q.order.length, q.ends);
  const placeOf = new Map(q.order.map((item, place) => [item, place]));
  const pairs = q.items.map((item, i) => `\t=${escapeGift(item)} -> ${escapeGift(places[placeOf.get(i) ?? 0]!)}`);
  return [
    p.tags,
    '// GIFT has no ordering question: exported as matching, each item paired with its place in the order.',
    `${p.title} ${p.prompt} ${escapeGift(`Match each with its place, 1 (${q.ends.first}) to ${places.length} (${q.ends.last}).`)} {`,
    ...pairs,
    `\t${p.general}`,
    '}',
  ].join('\n');
}

/** Each kind's GIFT form. */
const GIFT: { [K in QuestionKind]: (q: QuestionOf<K>, p: GiftParts) => string } = {
  choice: giftOptions,
  support: giftOptions,
  claim: giftOptions,
  reason: giftOptions,
  truefalse: (q, p) => [p.tags, `${p.title} ${p.prompt} {${q.correct === 0 ? 'T' : 'F'} ${p.general}}`].join('\n'),
  text: (q, p) => [p.tags, SHORT_ANSWER_NOTE, `${p.title} ${p.prompt} {${shortAnswers(q)} ${p.general}}`].join('\n'),
  number: (q, p) => [p.tags, `${p.title} ${p.prompt} {${numberAnswer(q)} ${p.general}}`].join('\n'),
  cloze(q, p) {
    const blank = q.blank.type === 'text' ? shortAnswers(q.blank) : numberAnswer(q.blank);
    const lines = [p.tags];
    if (q.blank.type === 'text') lines.push(SHORT_ANSWER_NOTE);
    // GIFT's missing-word form needs text after the blank; a lone full stop keeps a blank at the end inline.
    const after = escapeGift(q.after) || '.';
    const space = /^[.,;!?)]/.test(after) ? '' : ' ';
    const before = escapeGift(q.before);
    lines.push(`${p.title} ${p.prompt} ${before ? `${before} ` : ''}{${blank} ${p.general}}${space}${after}`);
    return lines.join('\n');
  },
  match(q, p) {
    if (q.left.length < 2) return `// not exported: ${q.id} (Moodle's matching question needs at least two pairs)`;
    const pairs = q.left.map((left, i) => `\t=${escapeGift(left)} -> ${escapeGift(q.right[q.pairs[i]!] ?? '')}`);
    return [p.tags, `${p.title} ${p.prompt} {`, ...pairs, `\t${p.general}`, '}'].join('\n');
  },
  order: giftArrange,
  sequence: giftArrange,
};

function giftQuestion(question: Question, bank: Bank | undefined): string {
  const form = GIFT[question.kind] as ((q: Question, p: GiftParts) => string) | undefined;
  if (!form) return `// not exported: question ${String((question as Question).id)} of unknown kind`;
  return form(question, {
    title: `::${escapeGift(question.id)}::`,
    general: `####${escapeGift(feedback(question, bank))}`,
    tags: `// [tag:news-quiz] [tag:${question.kind}] [tag:difficulty-${question.difficulty}]`,
    prompt: escapeGift(question.prompt),
  });
}

/**
 * The quiz as GIFT text: a comment header naming bank, seed and question
 * count, an optional `$CATEGORY:` line, then one question per block, each
 * titled `::id::`, tagged with its kind and difficulty, with the explanation
 * and its source as general feedback (`####`).
 */
export function toGift(quiz: Quiz, options: GiftOptions = {}): string {
  const header = [
    `// news-quiz: bank ${quiz.bank}, seed "${quiz.seed.replace(/[\r\n]+/g, ' ')}", ${quiz.questions.length} questions.`,
    '// Import in Moodle: Question bank > Import > GIFT format.',
  ];
  const blocks = [header.join('\n')];
  if (options.title) blocks.push(`$CATEGORY: $course$/${options.title.replace(/\s+/g, ' ').trim().replace(/\//g, '//')}`);
  for (const question of quiz.questions) blocks.push(giftQuestion(question, options.bank));
  return `${blocks.join('\n\n')}\n`;
}
