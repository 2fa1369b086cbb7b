import { html } from 'lit';
import type { ChoiceQuestion, ClaimQuestion, ReasonQuestion, SupportQuestion, TrueFalseQuestion } from '../../../domain/question.js';
import { mark, type KindView } from './kind.js';

/**
 * One radio per option, on a card as large as a finger. Checked: the right option and the
 * reader's own pick are marked ("Your answer", "The right answer"), the others fade.
 */
export const options: KindView<ChoiceQuestion | TrueFalseQuestion | SupportQuestion | ClaimQuestion | ReasonQuestion> = {
  inputs: (s, q, answer, check, h) => html`<div class="options">
    ${q.options.map((option, i) => {
      const picked = answer === i;
      const right = i === q.correct;
      const state = !check ? '' : right ? 'right' : picked ? 'wrong' : 'other';
      return html`<label class="option ${state}" part="option">
        <input type="radio" name="answer" .checked=${picked} @change=${() => h.draft(i)} /><span class="text">${option}</span>
        ${check && (picked || right) ? mark(right, picked ? s.yourPick : s.rightPick) : ''}
      </label>`;
    })}
  </div>`,
  given: (_, draft) => (typeof draft === 'number' ? draft : null),
  showsAnswer: true,
};
