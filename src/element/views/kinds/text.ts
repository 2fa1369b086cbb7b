import type { TextQuestion } from '../../../domain/question.js';
import type { KindView } from './kind.js';
import { typedField, typedGiven } from './typed.js';

/** A typed name. */
export const text: KindView<TextQuestion> = {
  inputs: (s, _, answer, check, h) => typedField(s, s.yourAnswer, answer, check, h),
  given: typedGiven,
  showsAnswer: false,
};
