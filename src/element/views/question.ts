import { html, nothing, type TemplateResult } from 'lit';
import type { Answer, Check, Question } from '../../domain/question.js';
import { format, type Strings } from '../strings.js';

/** What a question screen shows. */
export interface QuestionData {
  question: Question;
  /** Place in this round, from 1, and the round's length. */
  n: number;
  total: number;
  /** The answer so far (a draft, or the given answer once checked). */
  answer: Answer | null;
  /** The check, once the answer is checked (practice mode); the inputs are then locked. */
  check: Check | null;
  /** Title of the article the question comes from. */
  articleTitle: string;
  /** Whether the round's last question is shown (Finish instead of Next). */
  last: boolean;
  /** Words on the button that gives the answer: Check (practice) or Next (test). */
  submitLabel: string;
}

/** What a question screen can do. */
export interface QuestionHandlers {
  /** The reader changed the answer. */
  draft(answer: Answer): void;
  /** The reader gave the answer. */
  submit(event: Event): void;
  /** Move the item at `place` of an order question by one place. */
  move(place: number, by: -1 | 1): void;
  /** Go on after the feedback. */
  next(): void;
}

const value = (e: Event): string => (e.target as HTMLInputElement).value;

/** The sign beside a verdict; the verdict is always also in words. */
export const verdictIcon = (check: Check): string => (check.correct ? '✓' : check.points > 0 ? '◐' : '✗');
/** The verdict in words. */
export const verdictWord = (s: Strings, check: Check): string => (check.correct ? s.right : check.points > 0 ? s.partly : s.wrong);


/** The input for one kind of question; every one works by keyboard alone. */
function inputs(s: Strings, q: Question, answer: Answer | null, checked: boolean, h: QuestionHandlers): TemplateResult {
  switch (q.kind) {
    case 'choice':
    case 'truefalse':
    case 'support':
    case 'claim':
    case 'reason':
      return html`${q.options.map(
        (option, i) => html`<label class="option" part="option">
          <input type="radio" name="answer" .checked=${answer === i} @change=${() => h.draft(i)} /><span>${option}</span
          >${checked && i === q.correct ? html`<b aria-hidden="true">✓</b>` : ''}
        </label>`,
      )}`;
    case 'match': {
      const chosen = Array.isArray(answer) ? answer : q.left.map(() => -1);
      return html`${q.left.map(
        (left, i) => html`<div class="row">
          <label for="m${i}">${left}</label>
          <select
            id="m${i}"
            part="option"
            @change=${(e: Event) =>
              // Read every select, not the rendered answer: two changes can come before a re-render.
              h.draft([...(e.target as HTMLElement).closest('fieldset')!.querySelectorAll('select')].map((s) => Number(s.value)))}
          >
            <option value="-1">${s.choose}</option>
            ${q.right.map((right, j) => html`<option value=${j} ?selected=${chosen[i] === j}>${right}</option>`)}
          </select>
        </div>`,
      )}`;
    }
    case 'order':
    case 'sequence': {
      const order = Array.isArray(answer) ? answer : q.items.map((_, i) => i);
      const button = (place: number, by: -1 | 1, label: string, sign: string): TemplateResult => {
        const off = place + by < 0 || place + by >= order.length;
        // aria-disabled rather than disabled: a focused button must keep the focus at the ends.
        return html`<button
          type="button"
          part="button"
          aria-label=${format(label, { item: q.items[order[place]!]! })}
          aria-disabled=${off}
          data-move=${by}
          data-place=${place}
          @click=${() => off || h.move(place, by)}
        >
          ${sign}
        </button>`;
      };
      return html`<p class="muted">${format(s.orderHint, q.ends)}</p>
        <ol class="order">
          ${order.map(
            (item, place) => html`<li class="row" part="option">
              <span>${q.items[item]}</span>${button(place, -1, s.moveUp, '↑')}${button(place, 1, s.moveDown, '↓')}
            </li>`,
          )}
        </ol>`;
    }
    default: {
      const numeric = q.kind === 'number' || (q.kind === 'cloze' && q.blank.type === 'number');
      const field = (label: string, describedBy = ''): TemplateResult => html`<label for="typed">${label}</label>
        <input
          id="typed"
          type="text"
          part="option"
          autocomplete="off"
          spellcheck="false"
          inputmode=${numeric ? 'decimal' : nothing}
          aria-describedby=${describedBy || nothing}
          .value=${typeof answer === 'string' ? answer : ''}
          @input=${(e: Event) => h.draft(value(e))}
        />`;
      if (q.kind === 'cloze') {
        return html`<p id="sentence">
            ${q.before} <span aria-hidden="true">_____</span><span class="sr">(${s.blank})</span> ${q.after}
          </p>
          ${field(s.blank, 'sentence')}`;
      }
      return field(q.kind === 'number' && q.unit ? format(s.unit, { unit: q.unit }) : s.yourAnswer);
    }
  }
}

/** One question: heading with progress, the prompt as legend, the input, then Check or the feedback. */
export const questionView = (s: Strings, d: QuestionData, h: QuestionHandlers): TemplateResult => {
  const { question: q, check } = d;
  const progress = format(s.progress, { n: d.n, total: d.total });
  return html`<section part="question">
    <h2 id="heading" tabindex="-1" data-focus>${format(s.question, { n: d.n, total: d.total })}</h2>
    <div
      class="bar"
      part="progress"
      role="progressbar"
      aria-labelledby="heading"
      aria-valuemin="0"
      aria-valuemax=${d.total}
      aria-valuenow=${d.n}
      aria-valuetext=${progress}
    >
      <div .style=${`width:${(d.n / d.total) * 100}%`}></div>
    </div>
    <form @submit=${h.submit}>
      <fieldset ?disabled=${!!check}>
        <legend>${q.prompt}</legend>
        ${inputs(s, q, d.answer, !!check, h)}
      </fieldset>
      ${check
        ? html`<div class="verdict ${check.correct ? 'right' : ''}" part="feedback">
              <p><strong><span aria-hidden="true">${verdictIcon(check)}</span> ${verdictWord(s, check)}</strong></p>
              <p>${format(s.correctAnswer, { answer: check.answerText })}</p>
              <p>${q.explanation}</p>
              <p class="muted">${format(s.source, { article: d.articleTitle, paragraph: q.paragraph })}</p>
            </div>
            <button type="button" part="button" data-next @click=${h.next}>${d.last ? s.finish : s.next}</button>`
        : html`<button part="button">${d.submitLabel}</button>`}
    </form>
  </section>`;
};
