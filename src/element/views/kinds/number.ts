import type { NumberQuestion } from '../../../domain/question.js';
import { say } from '../../strings.js';
import type { KindView } from './kind.js';
import { typedField, typedGiven } from './typed.js';

/** A typed number; the field names the unit when there is one. */
export const number: KindView<NumberQuestion> = {
  inputs: (s, q, answer, check, h) => typedField(s, q.unit ? say(s.unit, { unit: q.unit }) : s.yourAnswer, answer, check, h, { numeric: true }),
  given: typedGiven,
  showsAnswer: false,
};
