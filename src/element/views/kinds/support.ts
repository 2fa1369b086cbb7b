import type { SupportQuestion } from '../../../domain/question.js';
import type { KindView } from './kind.js';
import { options } from './options.js';

/** Which statement the article supports: the four statements as cards. */
export const support: KindView<SupportQuestion> = options;
