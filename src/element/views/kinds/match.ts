import { html } from 'lit';
import type { MatchQuestion } from '../../../domain/question.js';
import { mark, type KindView } from './kind.js';

/**
 * One group of radios per left item, its options as cards that wrap, so that a long option reads
 * in full on a phone (a select would cut it off). Checked, each pair is marked: the reader's pick
 * and, when it is wrong, the right partner.
 */
export const match: KindView<MatchQuestion> = {
  inputs: (s, q, answer, check, h) => {
    const chosen = Array.isArray(answer) ? answer : q.left.map(() => -1);
    return html`${q.left.map((left, i) => {
      const right = chosen[i] === q.pairs[i];
      return html`<fieldset class="pair ${check ? (right ? 'right' : 'wrong') : ''}">
        <legend>${left}</legend>
        <div class="chips">
          ${q.right.map((item, j) => {
            const picked = chosen[i] === j;
            const isRight = q.pairs[i] === j;
            const state = !check ? '' : isRight ? 'right' : picked ? 'wrong' : 'other';
            return html`<label class="chip ${state}" part="option">
              <input
                type="radio"
                name="pair-${i}"
                value=${j}
                .checked=${picked}
                @change=${(e: Event) =>
                  // Read every group, not the rendered answer: two changes can come before a re-render.
                  h.draft(
                    [...(e.target as HTMLElement).closest('form')!.querySelectorAll('.pair')].map((group) =>
                      Number(group.querySelector<HTMLInputElement>('input:checked')?.value ?? -1),
                    ),
                  )}
              /><span class="text">${item}</span>
              ${check && (picked || isRight) ? mark(isRight, picked ? s.yourPick : s.rightPick) : ''}
            </label>`;
          })}
        </div>
      </fieldset>`;
    })}`;
  },
  given: (_, draft) => (Array.isArray(draft) && draft.some((i) => i >= 0) ? draft : null),
  showsAnswer: true,
};
