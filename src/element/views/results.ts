import { html, type TemplateResult } from 'lit';
import type { QuizResult, Tally } from '../../domain/score.js';
import { format, type Strings } from '../strings.js';
import { verdictIcon, verdictWord } from './question.js';

/** What the results screen shows besides the result. */
export interface ResultsData {
  result: QuizResult;
  passMark: number;
  /** Title of an article, by id. */
  article(id: string): string;
  /** Name of a kind of question. */
  kind(kind: string): string;
  /** The explanation of a question and its source, by question id. */
  explain(id: string): string;
  /** Whether any question of the round was missed. */
  missed: boolean;
  /** The student name typed so far (kept across rounds; it goes into Copy results and the CSV). */
  student: string;
}

/** What the results screen can do. */
export interface ResultsHandlers {
  retryMissed(): void;
  newQuiz(): void;
  copy(): void;
  download(): void;
  student(name: string): void;
}

const chart = (s: Strings, title: string, tallies: Tally[], name: (key: string) => string): TemplateResult => html`
  <h3>${title}</h3>
  <ul class="chart">
    ${tallies.map(
      (t) => html`<li>
        ${name(t.key)}: ${format(s.score, { score: t.points, max: t.max, percent: t.percent })}
        <div class="bar" aria-hidden="true"><div .style=${`width:${t.percent}%`}></div></div>
      </li>`,
    )}
  </ul>
`;

/** The results: score, pass or fail, charts per article and per kind, a review of each answer, what to do next. */
export const resultsView = (s: Strings, d: ResultsData, h: ResultsHandlers): TemplateResult => {
  const r = d.result;
  return html`<section part="results">
    <h2 tabindex="-1" data-focus>${s.results}</h2>
    <p class="score">${format(s.score, { score: r.score, max: r.max, percent: r.percent })}</p>
    <p>${r.passed ? s.passed : format(s.failed, { mark: d.passMark })}</p>
    <p class="muted">${format(s.seed, { seed: r.seed })}</p>
    ${chart(s, s.byArticle, r.byArticle, d.article)} ${chart(s, s.byKind, r.byKind, d.kind)}
    <h3>${s.review}</h3>
    <ol class="review">
      ${r.questions.map(
        (q) => html`<li value=${q.number}>
          <p>${q.prompt}</p>
          <p class="verdict ${q.correct ? 'right' : ''}">
            <strong><span aria-hidden="true">${verdictIcon(q)}</span> ${verdictWord(s, q)}</strong><br />
            ${format(s.given, { answer: q.given || s.noAnswer })}<br />
            ${format(s.correctAnswer, { answer: q.answerText })}
          </p>
          <p class="muted">${d.explain(q.id)}</p>
        </li>`,
      )}
    </ol>
    <div class="actions">
      ${d.missed ? html`<button part="button" @click=${h.retryMissed}>${s.retryMissed}</button>` : ''}
      <button part="button" @click=${h.newQuiz}>${s.newQuiz}</button>
    </div>
    <div class="actions">
      <label>${s.student} <input type="text" autocomplete="off" .value=${d.student} @input=${(e: Event) => h.student((e.target as HTMLInputElement).value)} /></label>
    </div>
    <div class="actions">
      <button part="button" class="quiet" @click=${h.copy}>${s.copy}</button>
      <button part="button" class="quiet" @click=${h.download}>${s.download}</button>
    </div>
  </section>`;
};
