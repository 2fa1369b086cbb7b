import type { TrueFalseQuestion } from '../../../domain/question.js';
import type { KindView } from './kind.js';
import { options } from './options.js';

/** A statement to mark true or false: the two options as cards. */
export const truefalse: KindView<TrueFalseQuestion> = options;
