/**
 * A quiz as a printable worksheet: one self-contained HTML document with the
 * questions laid out for answering on paper, then the answer key on a page of
 * its own, citing article and paragraph for every answer. Pure text: no DOM.
 */
import type { Article, Bank } from '../domain/bank.js';
import { renderDate } from '../domain/dates.js';
import type { Question, QuestionKind, QuestionOf, Quiz } from '../domain/question.js';
import { orderPlaces } from './gift.js';

/** The words a worksheet uses; English by default ({@link WORKSHEET_STRINGS}). */
export interface WorksheetStrings {
  name: string;
  date: string;
  articles: string;
  questions: string;
  answerKey: string;
  answer: string;
  source: string;
  paragraph: string;
  quizCode: string;
  /** Instruction under a choice question. */
  tickOne: string;
  /** Instruction under a matching question. */
  writeLetter: string;
  /** Instruction under an order question; `{first}`, `{last}` and `{count}` are filled in. */
  writePlace: string;
  /** Column headings of a matching question. */
  item: string;
  letter: string;
  matches: string;
  /** A page date the article gives none of. */
  noDate: string;
  /** A site the article names none of. */
  noSite: string;
}

/** The English worksheet words. */
export const WORKSHEET_STRINGS: WorksheetStrings = {
  name: 'Name',
  date: 'Date',
  articles: 'Articles',
  questions: 'Questions',
  answerKey: 'Answer key',
  answer: 'Answer',
  source: 'Source',
  paragraph: 'paragraph',
  quizCode: 'Quiz code',
  tickOne: 'Tick one box.',
  writeLetter: 'Write the letter of the matching item beside each one.',
  writePlace: 'Write 1 ({first}) to {count} ({last}) beside each item.',
  item: 'Item',
  letter: 'Letter',
  matches: 'Matches',
  noDate: 'no date given',
  noSite: 'no site given',
};

/** Options for {@link toWorksheet}. */
export interface WorksheetOptions {
  /** The worksheet's heading; default the bank's title. */
  title?: string;
  /** Words to replace, e.g. for another language. */
  strings?: Partial<WorksheetStrings>;
}

/** Escape text for HTML content and attribute values. */
export function escapeHtml(text: string): string {
  return String(text).replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

/**
 * A page of its own: its language (English when none), title, style sheet, more of its head (`head`, as given) and
 * what its `<main>` holds (as given), then `after` the main (as given).
 */
export function htmlPage(page: { lang: string; title: string; style: string; main: string; head?: string; after?: string }): string {
  return `<!doctype html>
<html lang="${escapeHtml(page.lang || 'en')}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
${page.head ?? ''}<title>${escapeHtml(page.title)}</title>
<style>${page.style}</style>
</head>
<body>
<main>
${page.main}
</main>
${page.after ?? ''}</body>
</html>
`;
}


const LETTERS = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ';
const letter = (i: number) => LETTERS[i] ?? String(i + 1);

const STYLE = `
:root { color-scheme: light; }
body { font: 12pt/1.45 Georgia, 'Times New Roman', serif; color: #111; background: #fff; margin: 0; }
main { max-width: 46rem; margin: 0 auto; padding: 1.5rem; }
h1 { font-size: 1.6rem; margin: 0 0 .25rem; }
h2 { font-size: 1.2rem; margin: 1.5rem 0 .5rem; border-bottom: 1px solid #999; }
.meta, .sources { color: #333; font-size: .95rem; }
.sources ul { margin: .25rem 0; padding-left: 1.25rem; }
.student { display: flex; gap: 2rem; margin: 1rem 0; }
.student p { flex: 1; margin: 0; }
.line { display: inline-block; min-width: 12rem; border-bottom: 1px solid #111; height: 1.2em; vertical-align: bottom; }
.student .line { width: calc(100% - 4rem); min-width: 0; }
ol.questions > li, ol.key > li { margin: 0 0 1.1rem; padding-left: .25rem; break-inside: avoid; page-break-inside: avoid; }
.prompt { margin: 0 0 .35rem; font-weight: bold; }
.hint { margin: 0 0 .35rem; font-size: .9rem; font-style: italic; color: #333; }
ul.options { list-style: none; margin: 0; padding: 0; }
ul.options li { display: flex; gap: .35em; align-items: baseline; margin: .2rem 0; }
ul.options li > :not(.place) { flex: none; }
ul.options.short { display: grid; grid-template-columns: repeat(auto-fill, minmax(15rem, 1fr)); column-gap: 1.5rem; }
.box { display: inline-block; width: .9em; height: .9em; border: 1.5px solid #111; margin: .28em .15em 0 0; align-self: flex-start; }
.blank { display: inline-block; min-width: 8rem; border-bottom: 1px solid #111; }
.place { display: inline-block; flex: none; width: 2.2em; border-bottom: 1px solid #111; margin-right: .15em; }
table.match { border-collapse: collapse; width: 100%; }
table.match th, table.match td { text-align: left; padding: .25rem .5rem; vertical-align: top; border-bottom: 1px solid #ccc; }
table.match td.letter-cell { width: 3.5rem; }
.key .answer { font-weight: bold; margin: 0; }
ol.key { font-size: .92em; }
ol.key > li { margin-bottom: .8rem; }
.key p { margin: .15rem 0; }
.answer-key { break-before: page; page-break-before: always; }
@media print {
  @page { margin: 18mm; }
  body { font-size: 11pt; }
  main { max-width: none; padding: 0; }
  a { color: inherit; text-decoration: none; }
}
`;

/** Options to tick, lettered. */
function sheetOptions(q: { prompt: string; options: string[] }, s: WorksheetStrings, hint: boolean): string {
  // Short options (names, figures, True/False) side by side: a question takes half the lines.
  const short = q.options.every((o) => o.length <= 30);
  const options = q.options.map((o, i) => `<li><span class="box" aria-hidden="true"></span><b>${letter(i)}.</b> ${escapeHtml(o)}</li>`).join('\n');
  return `${sheetPrompt(q)}\n${hint ? `<p class="hint">${escapeHtml(s.tickOne)}</p>` : ''}<ul class="options${short ? ' short' : ''}">\n${options}\n</ul>`;
}

/** Items to number in order. */
function sheetArrange(q: { prompt: string; items: string[]; ends: { first: string; last: string } }, s: WorksheetStrings): string {
  const hint = s.writePlace.replace('{first}', q.ends.first).replace('{last}', q.ends.last).replace('{count}', String(q.items.length));
  const items = q.items.map((item) => `<li><span class="place"></span>${escapeHtml(item)}</li>`).join('\n');
  return `${sheetPrompt(q)}\n<p class="hint">${escapeHtml(hint)}</p>\n<ul class="options">\n${items}\n</ul>`;
}

const sheetPrompt = (q: { prompt: string }) => `<p class="prompt">${escapeHtml(q.prompt)}</p>`;

/** The letter and text of the right option. */
const keyOption = (q: { options: string[]; correct: number; answerText: string }) =>
  `${letter(q.correct)}. ${escapeHtml(q.options[q.correct] ?? q.answerText)}`;

/** Each place of an arrangement with its item. */
function keyArrange(q: { items: string[]; order: number[]; ends: { first: string; last: string } }): string {
  const places = orderPlaces(q.order.length, q.ends);
  return q.order.map((item, place) => `${escapeHtml(places[place]!)}: ${escapeHtml(q.items[item] ?? '')}`).join('; ');
}

/** Each kind on the worksheet: what the student sees and writes on, and the answer as the key shows it. */
const SHEET: { [K in QuestionKind]: { body(q: QuestionOf<K>, s: WorksheetStrings): string; key(q: QuestionOf<K>): string } } = {
  truefalse: { body: (q, s) => sheetOptions(q, s, false), key: keyOption },
  choice: { body: (q, s) => sheetOptions(q, s, true), key: keyOption },
  support: { body: (q, s) => sheetOptions(q, s, true), key: keyOption },
  claim: { body: (q, s) => sheetOptions(q, s, true), key: keyOption },
  reason: { body: (q, s) => sheetOptions(q, s, true), key: keyOption },
  text: { body: (q, s) => `${sheetPrompt(q)}\n<p>${escapeHtml(s.answer)}: <span class="line"></span></p>`, key: (q) => escapeHtml(q.answerText) },
  number: {
    body: (q, s) => `${sheetPrompt(q)}\n<p>${escapeHtml(s.answer)}: <span class="line"></span> ${escapeHtml(q.unit)}</p>`,
    key: (q) => escapeHtml(q.answerText),
  },
  cloze: {
    // Punctuation right after the blank stays attached to it: "... down to ______."
    body: (q) =>
      `${sheetPrompt(q)}\n<p>${escapeHtml(q.before)} <span class="blank"></span>${/^[.,;:!?)]/.test(q.after) ? '' : ' '}${escapeHtml(q.after)}</p>`,
    key: (q) => escapeHtml(q.answerText),
  },
  match: {
    body(q, s) {
      const rows = q.left
        .map(
          (left, i) =>
            `<tr><td>${i + 1}. ${escapeHtml(left)}</td><td class="letter-cell"><span class="place"></span></td><td>${
              q.right[i] !== undefined ? `<b>${letter(i)}.</b> ${escapeHtml(q.right[i]!)}` : ''
            }</td></tr>`,
        )
        .join('\n');
      const extra = q.right
        .slice(q.left.length)
        .map((r, j) => `<tr><td></td><td></td><td><b>${letter(q.left.length + j)}.</b> ${escapeHtml(r)}</td></tr>`)
        .join('\n');
      return `${sheetPrompt(q)}\n<p class="hint">${escapeHtml(s.writeLetter)}</p>\n<table class="match">\n<thead><tr><th scope="col">${escapeHtml(
        s.item,
      )}</th><th scope="col">${escapeHtml(s.letter)}</th><th scope="col">${escapeHtml(s.matches)}</th></tr></thead>\n<tbody>\n${rows}${extra ? `\n${extra}` : ''}\n</tbody>\n</table>`;
    },
    key: (q) =>
      q.left.map((left, i) => `${i + 1} → ${letter(q.pairs[i]!)} (${escapeHtml(left)}: ${escapeHtml(q.right[q.pairs[i]!] ?? '')})`).join('; '),
  },
  order: { body: sheetArrange, key: keyArrange },
  sequence: { body: sheetArrange, key: keyArrange },
};

type SheetForm = { body(q: Question, s: WorksheetStrings): string; key(q: Question): string };

/** What the student sees and writes on for one question. */
function questionBody(question: Question, s: WorksheetStrings): string {
  const form = SHEET[question.kind] as SheetForm | undefined;
  return form ? form.body(question, s) : sheetPrompt(question);
}

/** The right answer as the key shows it. */
function keyAnswer(question: Question): string {
  const form = SHEET[question.kind] as SheetForm | undefined;
  return form ? form.key(question) : escapeHtml(question.answerText);
}

function citeArticle(article: Article | undefined, id: string): string {
  return article ? `<cite>${escapeHtml(article.title)}</cite>` : escapeHtml(id);
}

/**
 * The quiz as a complete, standalone HTML document: a heading, the articles
 * the questions draw on (title, site, date), lines for the student's name and
 * the date, the numbered questions with boxes, lines and blanks to answer on
 * paper, then the answer key on a page of its own (CSS `break-before: page`)
 * giving each answer with its explanation and source (article and paragraph).
 * Every text from the bank or quiz is HTML-escaped; the CSS is inline,
 * including a print stylesheet, so the file needs nothing else.
 */
export function toWorksheet(quiz: Quiz, bank: Bank, options: WorksheetOptions = {}): string {
  const s: WorksheetStrings = { ...WORKSHEET_STRINGS, ...options.strings };
  const title = options.title ?? bank.title;
  const articleById = new Map(bank.articles.map((a) => [a.id, a]));
  const used = bank.articles.filter((a) => quiz.questions.some((q) => q.article === a.id));
  const sources = used
    .map(
      (a) =>
        `<li><cite>${escapeHtml(a.title)}</cite>, ${a.site ? escapeHtml(a.site) : escapeHtml(s.noSite)}, ${
          a.date ? `<time datetime="${escapeHtml(a.date)}">${escapeHtml(renderDate(a.date))}</time>` : escapeHtml(s.noDate)
        }</li>`,
    )
    .join('\n');
  const questions = quiz.questions
    .map((q, i) => `<li id="q${i + 1}" class="question">\n${questionBody(q, s)}\n</li>`)
    .join('\n');
  const key = quiz.questions
    .map(
      (q, i) =>
        `<li id="key${i + 1}">\n<p class="answer">${keyAnswer(q)}</p>\n<p>${escapeHtml(q.explanation)}</p>\n<p class="source">${escapeHtml(
          s.source,
        )}: ${citeArticle(articleById.get(q.article), q.article)}, ${escapeHtml(s.paragraph)} ${q.paragraph}</p>\n</li>`,
    )
    .join('\n');
  const main = `<header>
<h1>${escapeHtml(title)}</h1>
<p class="meta">${escapeHtml(s.quizCode)}: ${escapeHtml(quiz.seed)}</p>
<section class="sources" aria-labelledby="articles-heading">
<h2 id="articles-heading">${escapeHtml(s.articles)}</h2>
<ul>
${sources}
</ul>
</section>
<div class="student">
<p>${escapeHtml(s.name)}: <span class="line"></span></p>
<p>${escapeHtml(s.date)}: <span class="line"></span></p>
</div>
</header>
<section class="questions-section" aria-labelledby="questions-heading">
<h2 id="questions-heading">${escapeHtml(s.questions)}</h2>
<ol class="questions">
${questions}
</ol>
</section>
<section class="answer-key" aria-labelledby="key-heading">
<h2 id="key-heading">${escapeHtml(s.answerKey)}</h2>
<ol class="key">
${key}
</ol>
</section>`;
  return htmlPage({ lang: bank.language, title, style: STYLE, main });
}
