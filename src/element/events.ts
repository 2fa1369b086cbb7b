/**
 * The events `<news-quiz>` fires, only ever in response to the reader's own
 * actions (never when a page sets a property). All bubble and cross shadow
 * roots (`composed`).
 */
import type { Answer, Question, QuestionKind } from '../domain/question.js';
import type { QuizResult } from '../domain/score.js';

const init = { bubbles: true, composed: true };

/** `news-quiz-start`: the reader started a quiz (Start, Retry the missed ones, or New quiz). */
export class NewsQuizStartEvent extends Event {
  static readonly eventName = 'news-quiz-start';
  constructor(
    /** The seed the quiz came from. */
    readonly seed: string,
    /** The questions of this round, in the order asked. */
    readonly questions: readonly Question[],
  ) {
    super(NewsQuizStartEvent.eventName, init);
  }
}

/** `news-quiz-answer`: the reader answered a question. */
export class NewsQuizAnswerEvent extends Event {
  static readonly eventName = 'news-quiz-answer';
  constructor(
    /** The question's id. */
    readonly questionId: string,
    readonly kind: QuestionKind,
    /** The answer as given (see `Answer`). */
    readonly answer: Answer,
    /** Whether it got full points. */
    readonly correct: boolean,
    /** 0 to 1. */
    readonly points: number,
  ) {
    super(NewsQuizAnswerEvent.eventName, init);
  }
}

/** `news-quiz-complete`: the reader answered the last question of a round; carries the result. */
export class NewsQuizCompleteEvent extends Event {
  static readonly eventName = 'news-quiz-complete';
  constructor(
    /** Score, max, percent, passed, seed and per-question results. */
    readonly result: QuizResult,
  ) {
    super(NewsQuizCompleteEvent.eventName, init);
  }
  /** Points scored. */
  get score(): number {
    return this.result.score;
  }
  /** Most points possible. */
  get max(): number {
    return this.result.max;
  }
  /** Rounded percent. */
  get percent(): number {
    return this.result.percent;
  }
  /** Whether the pass mark was reached. */
  get passed(): boolean {
    return this.result.passed;
  }
  /** The quiz's seed. */
  get seed(): string {
    return this.result.seed;
  }
  /** One result per question. */
  get questions(): QuizResult['questions'] {
    return this.result.questions;
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'news-quiz-start': NewsQuizStartEvent;
    'news-quiz-answer': NewsQuizAnswerEvent;
    'news-quiz-complete': NewsQuizCompleteEvent;
  }
}
