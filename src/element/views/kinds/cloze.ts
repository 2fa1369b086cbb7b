import { html } from 'lit';
import type { ClozeQuestion } from '../../../domain/question.js';
import type { KindView } from './kind.js';
import { typedField, typedGiven } from './typed.js';

/** A blank in a sentence: the sentence shows the blank and describes the field. */
export const cloze: KindView<ClozeQuestion> = {
  inputs: (s, q, answer, check, h) => html`<p id="sentence" class="sentence">
      ${q.before} <span aria-hidden="true">_____</span><span class="sr">(${s.blank})</span> ${q.after}
    </p>
    ${typedField(s, q.blank.type === 'number' ? s.yourAnswer : s.blank, answer, check, h, { numeric: q.blank.type === 'number', describedBy: 'sentence' })}`,
  given: typedGiven,
  showsAnswer: false,
};
