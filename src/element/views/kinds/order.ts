import { html, type TemplateResult } from 'lit';
import type { OrderQuestion, SequenceQuestion } from '../../../domain/question.js';
import { say } from '../../strings.js';
import { mark, type KindView } from './kind.js';

/** Items with move-up and move-down buttons; checked, each item says whether it is in its place, and if not where it belongs. */
const arrange: KindView<OrderQuestion | SequenceQuestion> = {
  inputs: (s, q, answer, check, h) => {
    const placed = Array.isArray(answer) ? answer : q.items.map((_, i) => i);
    const button = (place: number, by: -1 | 1, label: typeof s.moveUp, sign: string): TemplateResult => {
      const off = place + by < 0 || place + by >= placed.length;
      // aria-disabled rather than disabled: a focused button must keep the focus at the ends.
      return html`<button
        type="button"
        part="button"
        aria-label=${say(label, { item: q.items[placed[place]!]! })}
        aria-disabled=${off}
        data-move=${by}
        data-place=${place}
        @click=${() => off || h.move(place, by)}
      >
        ${sign}
      </button>`;
    };
    return html`<p class="muted">${say(s.orderHint, q.ends)}</p>
      <ol class="order">
        ${placed.map((item, place) => {
          const belongs = q.order.indexOf(item);
          return html`<li class="item ${check ? (belongs === place ? 'right' : 'wrong') : ''}" part="option">
            <span class="text">${q.items[item]}</span> ${check
              ? mark(belongs === place, belongs === place ? s.placeRight : say(s.placeWrong, { n: belongs + 1 }))
              : html`${button(place, -1, s.moveUp, '↑')}${button(place, 1, s.moveDown, '↓')}`}
          </li>`;
        })}
      </ol>`;
  },
  // An arrangement left as shown is an answer too.
  given: (q, draft) => (Array.isArray(draft) ? draft : q.items.map((_, i) => i)),
  showsAnswer: true,
};

/** Figures or dates to put in order. */
export const order: KindView<OrderQuestion> = arrange;

/** Events to put in the order they happened. */
export const sequence: KindView<SequenceQuestion> = arrange;
