import { html, type TemplateResult } from 'lit';
import type { QuestionResult, QuizResult, RetryResult, Tally } from '../../domain/score.js';
import { say, type Strings } from '../strings.js';
import type { Article } from '../../domain/bank.js';
import { verdictIcon, verdictWord } from './question.js';
import { articlesView } from './articles.js';

/** What the results screen shows besides the result. */
export interface ResultsData {
  /** The recorded result: the first full round. */
  result: QuizResult;
  /** The retries since, oldest first (practice, shown beside the result). */
  retries: RetryResult[];
  /** A percentage as the element's language writes it. */
  percent(n: number): string;
  /** Title of an article, by id. */
  article(id: string): string;
  /** The explanation of a question, by question id. */
  explain(id: string): string;
  /** Where the answer comes from ("Source: article, paragraph 3"), by question id. */
  source(id: string): string;
  /** Whether any question of the last round was missed. */
  missed: boolean;
  /** Whether the reader may swap this quiz for a new one (not when the page locked it). */
  renew: boolean;
  /** The student name typed so far (kept across rounds; it goes into Copy results and the CSV). */
  student: string;
  /** The articles the questions come from, shown with their summaries once the answers are in. */
  articles: readonly Article[];
  /** The element's language, for dates. */
  locale: string;
}

/** What the results screen can do. */
export interface ResultsHandlers {
  retryMissed(): void;
  newQuiz(): void;
  copy(): void;
  download(): void;
  student(name: string): void;
}

/** The score as a ring, with a tick at the pass mark; decoration only, the words say the same. */
const ring = (percent: number, passMark: number): TemplateResult => html`<svg class="ring" viewBox="0 0 120 120" aria-hidden="true">
  <circle class="track" cx="60" cy="60" r="52" />
  <circle class="arc" cx="60" cy="60" r="52" pathLength="100" stroke-dasharray="${percent} 100" transform="rotate(-90 60 60)" />
  <line class="tick" x1="60" y1="2" x2="60" y2="14" transform="rotate(${passMark * 3.6} 60 60)" />
</svg>`;

const chart = (s: Strings, title: string, tallies: Tally[], name: (key: string) => string): TemplateResult => html`<div class="chart">
  <h3>${title}</h3>
  <ul>
    ${tallies.map(
      (t) => html`<li>
        <span class="label">${name(t.key)}</span>
        <span class="value">${say(s.score, { score: t.points, max: t.max, percent: t.percent })}</span>
        <div class="bar" aria-hidden="true"><div .style=${`width:${t.percent}%`}></div></div>
      </li>`,
    )}
  </ul>
</div>`;

/** One question of the review: right ones closed and compact, the others open; the right answer said once. */
const reviewItem = (s: Strings, d: ResultsData, q: QuestionResult): TemplateResult => {
  const state = q.correct ? 'right' : q.points > 0 ? 'partly' : 'wrong';
  const retried = [...d.retries].reverse().find((r) => r.questions.some((x) => x.id === q.id));
  const again = retried?.questions.find((x) => x.id === q.id);
  return html`<li value=${q.number} class=${state}>
    <details ?open=${!q.correct}>
      <summary>
        <span class="tag ${state}"><span aria-hidden="true">${verdictIcon(q)}</span> ${verdictWord(s, q)}</span>
        <span class="q">${q.number}. ${q.prompt}</span>
      </summary>
      <div class="body">
        <p>${say(s.given, { answer: q.given || s.noAnswer })}</p>
        ${q.correct ? '' : html`<p class="answer">${say(s.correctAnswer, { answer: q.answerText })}</p>`}
        ${again ? html`<p class="muted">${say(s.retrying, { retry: retried!.retry })}: ${verdictWord(s, again)}</p>` : ''}
        <p class="small">${d.explain(q.id)}</p>
        <p class="muted small" part="source">${d.source(q.id)}</p>
      </div>
    </details>
  </li>`;
};

/**
 * The results: a large score with a ring and the pass mark, Retry and New quiz at the top, the
 * student's name with Copy results and Download CSV, the score per article and per kind, then
 * the review, question by question, and the articles with their summaries.
 */
export const resultsView = (s: Strings, d: ResultsData, h: ResultsHandlers): TemplateResult => {
  const r = d.result;
  const last = d.retries.at(-1);
  return html`<section part="results">
    <h2 tabindex="-1" data-focus>${s.results}</h2>
    <div class="summary" part="score">
      <div class="dial">
        ${ring(r.percent, r.passMark)}
        <p class="percent">${d.percent(r.percent)}</p>
      </div>
      <div class="outcome">
        <p class="points">${say(s.score, { score: r.score, max: r.max, percent: r.percent })}</p>
        <p class="passed ${r.passed ? 'right' : 'wrong'}">
          <span aria-hidden="true">${r.passed ? '✓' : '✗'}</span> ${r.passed ? s.passed : s.failed}
        </p>
        <p class="muted">${say(s.passMark, { mark: r.passMark })}</p>
        <p class="muted small">${say(s.seed, { seed: r.seed })}<br />${s.seedHelp}</p>
      </div>
    </div>
    ${last
      ? html`<div class="retries">
          <p><strong>${say(s.retryResult, { retry: last.retry, right: last.questions.filter((q) => q.correct).length, max: last.max })}</strong></p>
          <p class="muted small">${s.recorded}</p>
        </div>`
      : ''}
    ${d.missed || d.renew
      ? html`<div class="actions">
          ${d.missed ? html`<button part="button" class="primary" @click=${h.retryMissed}>${s.retryMissed}</button>` : ''}
          ${d.renew ? html`<button part="button" class=${d.missed ? 'quiet' : 'primary'} @click=${h.newQuiz}>${s.newQuiz}</button>` : ''}
        </div>`
      : ''}
    <div class="send">
      <h3>${s.share}</h3>
      <label for="student">${s.student}</label>
      <div class="actions">
        <input id="student" type="text" autocomplete="name" .value=${d.student} @input=${(e: Event) => h.student((e.target as HTMLInputElement).value)} />
        <button part="button" class="quiet" @click=${h.copy}>${s.copy}</button>
        <button part="button" class="quiet" @click=${h.download}>${s.download}</button>
      </div>
    </div>
    <div class="charts">
      ${chart(s, s.byArticle, r.byArticle, d.article)} ${chart(s, s.byKind, r.byKind, (kind) => s.kinds[kind as keyof Strings['kinds']] ?? kind)}
    </div>
    <h3>${s.review}</h3>
    <ol class="review">
      ${r.questions.map((q) => reviewItem(s, d, q))}
    </ol>
    ${articlesView(s, d.articles, d.locale, true)}
  </section>`;
};
