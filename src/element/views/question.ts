import { html, type TemplateResult } from 'lit';
import type { Answer, Check, Question } from '../../domain/question.js';
import { say, type Strings } from '../strings.js';
import { viewOf, type QuestionHandlers } from './kinds/index.js';

export type { QuestionHandlers } from './kinds/index.js';

/** What a question screen shows. */
export interface QuestionData {
  question: Question;
  /** Place in this round, from 1, and the round's length. */
  n: number;
  total: number;
  /** The answer so far (a draft, or the given answer once checked). */
  answer: Answer | null;
  /** The check, once the answer is checked (with feedback); the inputs are then locked. */
  check: Check | null;
  /** Title of the article the question comes from. */
  articleTitle: string;
  /** Whether the round's last question is shown (Finish instead of Next). */
  last: boolean;
  /** Words on the button that gives the answer: Check (with feedback) or Next (test). */
  submitLabel: string;
  /** Answers right so far and answers given in this round, shown while practising; `null` in a test. */
  tally?: { right: number; answered: number } | null;
  /** Which retry this round is (0 for the first round). */
  retry?: number;
  /** Whether the reader pressed Check with no answer (the hint stays until the answer changes). */
  needAnswer?: boolean;
}

/** Whether a typed answer is the canonical answer as written (then the verdict need not repeat it). */
const sameText = (answer: Answer | null, text: string): boolean => typeof answer === 'string' && answer.trim().toLowerCase() === text.toLowerCase();

/** The sign beside a verdict; the verdict is always also in words. */
export const verdictIcon = (check: Check): string => (check.correct ? '✓' : check.points > 0 ? '◐' : '✗');
/** The verdict in words. */
export const verdictWord = (s: Strings, check: Check): string => (check.correct ? s.right : check.points > 0 ? s.partly : s.wrong);

/**
 * One question: the counter and progress, the prompt as the legend (larger than the counter),
 * the kind's inputs, then Check, or once checked the marks, the verdict and Next.
 */
export const questionView = (s: Strings, d: QuestionData, h: QuestionHandlers): TemplateResult => {
  const { question: q, check } = d;
  const view = viewOf(q);
  return html`<section part="question">
    <div class="top">
      <h2 id="heading" class="counter" tabindex="-1" data-focus>${say(s.question, { n: d.n, total: d.total })}</h2>
      ${d.tally ? html`<p class="tally">${say(s.tally, d.tally)}</p>` : ''}
    </div>
    ${d.retry ? html`<p class="retrying">${say(s.retrying, { retry: d.retry })}</p>` : ''}
    <div
      class="bar"
      part="progress"
      role="progressbar"
      aria-labelledby="heading"
      aria-valuemin="0"
      aria-valuemax=${d.total}
      aria-valuenow=${d.n}
      aria-valuetext=${say(s.progress, { n: d.n, total: d.total })}
    >
      <div .style=${`width:${(d.n / d.total) * 100}%`}></div>
    </div>
    <p class="story muted small" part="story">${say(s.story, { article: d.articleTitle })}</p>
    <form @submit=${h.submit}>
      <fieldset ?disabled=${!!check}>
        <legend class="prompt">${q.prompt}</legend>
        ${view.inputs(s, q, d.answer, check, h)}
      </fieldset>
      ${check
        ? html`<div class="verdict ${check.correct ? 'right' : check.points > 0 ? 'partly' : 'wrong'}" part="feedback">
              <p class="verdict-word"><span aria-hidden="true">${verdictIcon(check)}</span> ${verdictWord(s, check)}</p>
              ${view.showsAnswer || (check.correct && sameText(d.answer, check.answerText))
                ? ''
                : html`<p class="answer">${say(s.correctAnswer, { answer: check.answerText })}</p>`}
              <p>${q.explanation}</p>
              <p class="muted small" part="source">${say(s.source, { article: d.articleTitle, paragraph: q.paragraph })}</p>
            </div>
            <button type="button" part="button" class="primary" data-next @click=${h.next}>${d.last ? s.finish : s.next}</button>`
        : html`${d.needAnswer ? html`<p class="hint" part="hint"><span aria-hidden="true">!</span> ${s.needAnswer}</p>` : ''}
            <button part="button" class="primary">${d.submitLabel}</button>`}
    </form>
  </section>`;
};
