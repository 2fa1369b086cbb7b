/**
 * One module per kind of question, each a {@link KindView}: its inputs (asked, then checked and
 * marked part by part) and what a submit gives. The table in `index.ts` holds one per kind.
 */
import { html, type TemplateResult } from 'lit';
import type { Answer, Check, Question } from '../../../domain/question.js';
import type { Strings } from '../../strings.js';

/** What a question screen can do. */
export interface QuestionHandlers {
  /** The reader changed the answer. */
  draft(answer: Answer): void;
  /** The reader gave the answer. */
  submit(event: Event): void;
  /** Move the item at `place` of an order question by one place. */
  move(place: number, by: -1 | 1): void;
  /** Go on after the feedback. */
  next(): void;
}

/** How one kind of question is asked and shown checked. */
export interface KindView<Q extends Question> {
  /**
   * The inputs, every one usable by keyboard alone. Once checked (`check` set) they are locked
   * and marked: the reader's own answer and the right one, pair by pair or item by item, each
   * mark in colour, sign and words.
   */
  inputs(s: Strings, q: Q, answer: Answer | null, check: Check | null, h: QuestionHandlers): TemplateResult;
  /** The answer a submit gives from the draft; `null` when nothing is given yet. */
  given(q: Q, draft: Answer | null): Answer | null;
  /** Whether the checked inputs show the right answer themselves, so the verdict need not repeat it. */
  showsAnswer: boolean;
}

/** A mark on part of a checked answer: colour, a sign and words, never colour alone. */
export const mark = (right: boolean, words: string): TemplateResult =>
  html`<span class="mark ${right ? 'right' : 'wrong'}"><span aria-hidden="true">${right ? '✓' : '✗'}</span> ${words}</span>`;
