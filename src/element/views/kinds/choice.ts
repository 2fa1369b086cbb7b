import type { ChoiceQuestion } from '../../../domain/question.js';
import type { KindView } from './kind.js';
import { options } from './options.js';

/** One right option among several. */
export const choice: KindView<ChoiceQuestion> = options;
