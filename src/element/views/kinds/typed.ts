import { html, nothing, type TemplateResult } from 'lit';
import type { Answer, Check } from '../../../domain/question.js';
import type { Strings } from '../../strings.js';
import { mark, type QuestionHandlers } from './kind.js';

/** A typed answer's field with its label; checked, it is marked right or wrong. */
export function typedField(
  s: Strings,
  label: string,
  answer: Answer | null,
  check: Check | null,
  h: QuestionHandlers,
  { numeric = false, describedBy = '' } = {},
): TemplateResult {
  return html`<label for="typed">${label}</label>
    <input
      id="typed"
      type="text"
      part="option"
      class=${check ? (check.correct ? 'right' : 'wrong') : ''}
      autocomplete="off"
      spellcheck="false"
      inputmode=${numeric ? 'decimal' : nothing}
      aria-describedby=${describedBy || nothing}
      .value=${typeof answer === 'string' ? answer : ''}
      @input=${(e: Event) => h.draft((e.target as HTMLInputElement).value)}
    />
    ${check ? html`<p class="marks">${mark(check.correct, s.yourPick)}</p>` : ''}`;
}

/** What a typed answer gives: the text, unless it is blank. */
export const typedGiven = (_: unknown, draft: Answer | null): Answer | null => (typeof draft === 'string' && draft.trim() ? draft : null);
