import type { ReasonQuestion } from '../../../domain/question.js';
import type { KindView } from './kind.js';
import { options } from './options.js';

/** Why something happened or was done: the reasons as cards. */
export const reason: KindView<ReasonQuestion> = options;
