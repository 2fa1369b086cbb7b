/**
 * The events `<news-quiz>` fires. `news-quiz-ready` and `news-quiz-error` say
 * how loading the bank ended, whatever started it (like an image's `load` and
 * `error`); the others fire only in response to the reader's own actions
 * (never when a page sets a property). All bubble and cross shadow roots
 * (`composed`).
 */
import type { Bank } from '../domain/bank.js';
import type { Answer, Question, QuestionKind, Quiz } from '../domain/question.js';
import type { QuizResult, RetryResult } from '../domain/score.js';
import type { Problem } from '../domain/validate.js';

const init = { bubbles: true, composed: true };

/** `news-quiz-ready`: the bank is loaded and checked, and its quiz is on screen (the start screen, or a resumed attempt). */
export class NewsQuizReadyEvent extends Event {
  static readonly eventName = 'news-quiz-ready';
  constructor(
    /** The bank as loaded. */
    readonly bank: Bank,
    /** The quiz made from it for the element's options. */
    readonly quiz: Quiz,
  ) {
    super(NewsQuizReadyEvent.eventName, init);
  }
}

/** Why a quiz could not be shown: what the error screen says, and the bank's problems where it has some. */
export class NewsQuizLoadError extends Error {
  override name = 'NewsQuizLoadError';
  constructor(
    message: string,
    /** The bank's problems, each with its JSON path (and line and column, from text); empty for other failures. */
    readonly problems: readonly Problem[] = [],
  ) {
    super(message);
  }
}

/** `news-quiz-error`: the bank could not be loaded, or no quiz made from it; the error screen says why. */
export class NewsQuizErrorEvent extends Event {
  static readonly eventName = 'news-quiz-error';
  constructor(
    /** What went wrong: its message, and the bank's problems where it has some. */
    readonly error: NewsQuizLoadError,
  ) {
    super(NewsQuizErrorEvent.eventName, init);
  }
}

/** `news-quiz-start`: the reader started a round (Start, Retry the missed ones, or New quiz). */
export class NewsQuizStartEvent extends Event {
  static readonly eventName = 'news-quiz-start';
  constructor(
    /** The seed the quiz came from. */
    readonly seed: string,
    /** The questions of this round, in the order asked. */
    readonly questions: readonly Question[],
    /** 0 for the first round, the one recorded; 1, 2, … for a retry of the missed ones (practice). */
    readonly retry = 0,
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
    /** 0 when the answer belongs to the recorded first round; 1, 2, … in a retry (practice). */
    readonly retry = 0,
  ) {
    super(NewsQuizAnswerEvent.eventName, init);
  }
}

/**
 * `news-quiz-complete`: the reader answered the last question of a round. `result` is always the
 * recorded result, the first full round's; after a retry, `retry` says how the retry went.
 */
export class NewsQuizCompleteEvent extends Event {
  static readonly eventName = 'news-quiz-complete';
  constructor(
    /** The recorded result: score, max, percent, passed, seed, mode and per-question results of the first round. */
    readonly result: QuizResult,
    /** The retry just finished (practice, not counted), or `null` when the first round was. */
    readonly retry: RetryResult | null = null,
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
    'news-quiz-ready': NewsQuizReadyEvent;
    'news-quiz-error': NewsQuizErrorEvent;
    'news-quiz-start': NewsQuizStartEvent;
    'news-quiz-answer': NewsQuizAnswerEvent;
    'news-quiz-complete': NewsQuizCompleteEvent;
  }
}
