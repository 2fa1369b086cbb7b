import type { ClaimQuestion } from '../../../domain/question.js';
import type { KindView } from './kind.js';
import { options } from './options.js';

/** What someone said, or who said it: the options as cards. */
export const claim: KindView<ClaimQuestion> = options;
