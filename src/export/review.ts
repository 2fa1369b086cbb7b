/**
 * The review sheet: one self-contained HTML page with every question a bank
 * can make, each with its answer marked, its feedback and source, and what
 * another seed could show instead (every distractor, every false statement,
 * every accepted form); then the slots no question asks and why, and the
 * sentences that may not stand alone. A teacher or a bank's author reads it
 * before a class sees the questions. Pure text: no DOM.
 */
import type { Bank } from '../domain/bank.js';
import type { Question } from '../domain/question.js';
import { QUESTION_KINDS } from '../domain/question.js';
import type { Review } from '../domain/review.js';
import { escapeHtml as e, htmlPage } from './worksheet.js';

const STYLE = `
body { font: 15px/1.5 system-ui, sans-serif; color: #1a1a1a; background: #fff; margin: 0; }
main { max-width: 60rem; margin: 0 auto; padding: 1.5rem; }
h1 { font-size: 1.5rem; margin: 0 0 .25rem; }
h2 { font-size: 1.15rem; margin: 2rem 0 .5rem; border-bottom: 1px solid #999; }
table.counts { border-collapse: collapse; }
table.counts td, table.counts th { padding: .15rem .6rem; text-align: left; border-bottom: 1px solid #ddd; }
article.q { border: 1px solid #ccc; border-radius: 6px; padding: .6rem .8rem; margin: .6rem 0; break-inside: avoid; }
article.q header { font-size: .85rem; color: #555; }
.prompt { font-weight: 600; margin: .3rem 0; }
ol.options { margin: .2rem 0 .4rem; }
.right { font-weight: 600; }
.right::after { content: " \\2713 answer"; color: #0a6b2d; font-weight: 400; font-size: .85em; }
.feedback { margin: .3rem 0; color: #333; }
details { margin: .3rem 0; font-size: .92rem; }
details ul { margin: .2rem 0; columns: 2; }
.warn { color: #8a4b00; }
@media print { details { display: block; } details > summary { display: none; } }
`;

/** What a question shows a student, with the answer marked. */
function body(q: Question): string {
  const prompt = `<p class="prompt">${e(q.prompt)}</p>`;
  if ('options' in q) {
    const options = q.options.map((o, i) => `<li${i === q.correct ? ' class="right"' : ''}>${e(o)}</li>`).join('');
    return `${prompt}<ol class="options" type="A">${options}</ol>`;
  }
  if (q.kind === 'cloze') return `${prompt}<p>${e(q.before)} <b class="right">${e(q.answerText)}</b> ${e(q.after)}</p>`;
  if (q.kind === 'match' || q.kind === 'order' || q.kind === 'sequence') return `${prompt}<p class="right">${e(q.answerText)}</p>`;
  return `${prompt}<p>Answer: <span class="right">${e(q.answerText)}</span></p>`;
}

/** The review sheet of a bank as a standalone HTML document. */
export function toReviewSheet(review: Review, bank: Bank): string {
  const titles = new Map(bank.articles.map((a) => [a.id, a.title]));
  const total = review.entries.length;
  const counts = QUESTION_KINDS.filter((k) => review.counts[k] > 0)
    .map((k) => `<tr><th scope="row">${e(k)}</th><td>${review.counts[k]}</td></tr>`)
    .join('');
  const entries = review.entries
    .map(({ question: q, alternatives }) => {
      const more = alternatives
        .filter((a) => a.values.length)
        .map((a) => `<details><summary>${e(a.label)} (${a.values.length})</summary><ul>${a.values.map((v) => `<li>${e(v)}</li>`).join('')}</ul></details>`)
        .join('');
      return `<article class="q" id="${e(q.id)}">
<header>${e(q.id)} · ${e(q.kind)} · difficulty ${q.difficulty} · ${e(titles.get(q.article) ?? q.article)}, paragraph ${q.paragraph}</header>
${body(q)}
<p class="feedback">${e(q.explanation)}</p>
${more}
</article>`;
    })
    .join('\n');
  const notAsked = review.notAsked.length
    ? `<ul>${review.notAsked.map((n) => `<li><code>${e(n.fact)}.${e(n.slot)}</code>: ${e(n.why)}</li>`).join('')}</ul>`
    : '<p>Every slot is asked by some question.</p>';
  const notes = review.notes.length
    ? `<ul class="warn">${review.notes.map((n) => `<li><code>${e(n.path)}</code>: ${e(n.message)}</li>`).join('')}</ul>`
    : '<p>No sentence points outside itself, and every explanation adds to its fact.</p>';
  const main = `<h1>Review: ${e(bank.title)}</h1>
<p>Every question the bank <code>${e(bank.id)}</code> can make: ${total} in all, shown with the seed "${e(review.seed)}". Under each, what another seed could show instead. Read them before a class does.</p>
<table class="counts"><tbody>${counts}</tbody></table>
<h2>Sentences to check</h2>
${notes}
<h2>Slots no question asks</h2>
${notAsked}
<h2>Questions</h2>
${entries}`;
  return htmlPage({ lang: bank.language, title: `Review: ${bank.title}`, style: STYLE, main });
}
