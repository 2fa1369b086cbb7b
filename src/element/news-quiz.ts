import { LitElement, html, type PropertyDeclaration, type PropertyDeclarations, type PropertyValues, type TemplateResult } from 'lit';
import {
  answerQuestion,
  currentIndex,
  missedQuestions,
  nextQuestion,
  restoreAttempt,
  retryMissed,
  saveDraft,
  startAttempt,
  type Attempt,
  type QuizMode,
} from '../domain/attempt.js';
import type { Bank } from '../domain/bank.js';
import { checkAnswer } from '../domain/check.js';
import { DEFAULT_COUNT, GenerateError, generate } from '../domain/generate.js';
import { QUESTION_KINDS, type GenerateOptions, type Question, type QuestionKind, type Quiz } from '../domain/question.js';
import { DEFAULT_PASS_MARK, scoreAttempt, type QuizResult } from '../domain/score.js';
import { parseBank, validateBank } from '../domain/validate.js';
import { RESULTS_CSV, fileName } from '../export/formats.js';
import { resultsToText, type ResultsTextLabels } from '../export/results.js';
import { MAX_BANK_BYTES, decodeText, formatBytes, readBody } from '../input/text-file.js';
import { NewsQuizAnswerEvent, NewsQuizCompleteEvent, NewsQuizErrorEvent, NewsQuizLoadError, NewsQuizReadyEvent, NewsQuizStartEvent } from './events.js';
import { saveFile } from './download.js';
import { newSeed } from './seed.js';
import { readStored, writeStored } from './storage.js';
import { DEFAULT_STRINGS, format, type Strings } from './strings.js';
import { styles } from './styles.js';
import { errorView, type LoadFailure } from './views/error.js';
import { questionView, verdictWord } from './views/question.js';
import { resultsView } from './views/results.js';
import { startView } from './views/start.js';

export * from './events.js';
export { DEFAULT_STRINGS, type Strings } from './strings.js';

/** A list attribute: words separated by spaces or commas. */
const list = {
  fromAttribute: (value: string | null): string[] | undefined => value?.split(/[\s,]+/).filter(Boolean),
  toAttribute: (value: string[] | undefined): string | undefined => value?.join(' '),
};

/** How many of a bank's problems the error screen lists; the rest are counted. */
const MAX_SHOWN_PROBLEMS = 100;

/** A promise with its settlers, and whether it is settled. */
interface Outcome {
  promise: Promise<Bank>;
  resolve(bank: Bank): void;
  reject(error: NewsQuizLoadError): void;
  settled: boolean;
}

function outcome(): Outcome {
  const result = { settled: false } as Outcome;
  result.promise = new Promise<Bank>((resolve, reject) => {
    result.resolve = (bank) => {
      result.settled = true;
      resolve(bank);
    };
    result.reject = (error) => {
      result.settled = true;
      reject(error);
    };
  });
  // A page need not read `ready`: an unread failure is no unhandled rejection (the error screen says it).
  result.promise.catch(() => undefined);
  return result;
}


/**
 * The element's place on the page: its index among the elements of its kind in its document or
 * shadow root, after the places of the shadow hosts around it (`0` at the top, `x-card:1/0` inside
 * the second `<x-card>`), so that quizzes inside other components do not share a place.
 */
function placeOf(el: Element): string {
  const root = el.getRootNode();
  const index = root instanceof Document || root instanceof ShadowRoot ? [...root.querySelectorAll(el.localName)].indexOf(el) : -1;
  return root instanceof ShadowRoot ? `${root.host.localName}:${placeOf(root.host)}/${index}` : String(index);
}

/**
 * A quiz generated from the facts of news articles: it asks the questions one
 * at a time, checks and scores the answers, explains each answer from its
 * source, and keeps the reader's progress across reloads.
 *
 * The bank comes from the `bank` property, else a child
 * `<script type="application/json">`, else the `src` URL.
 *
 * @summary An accessible, resumable quiz generated from a fact bank.
 *
 * @fires {NewsQuizReadyEvent} news-quiz-ready - The bank is loaded and its quiz on screen: `bank`, `quiz`. Also the `ready` promise.
 * @fires {NewsQuizErrorEvent} news-quiz-error - The bank could not be loaded, or no quiz made from it: `error` (`message`, `problems`).
 * @fires {NewsQuizStartEvent} news-quiz-start - The reader started a round: `seed`, `questions`.
 * @fires {NewsQuizAnswerEvent} news-quiz-answer - The reader answered: `questionId`, `kind`, `answer`, `correct`, `points`.
 * @fires {NewsQuizCompleteEvent} news-quiz-complete - The reader finished a round: `result` (also `score`, `max`, `percent`, `passed`, `seed`, `questions`).
 *
 * @csspart start - The start screen.
 * @csspart question - The question screen.
 * @csspart progress - The progress bar.
 * @csspart option - A choice, field, select or item to order.
 * @csspart feedback - The verdict and explanation after an answer.
 * @csspart results - The results screen.
 * @csspart error - The screen that says what went wrong.
 * @csspart button - Every button.
 * @csspart note - The quiet note when progress cannot be kept.
 *
 * @cssproperty --news-quiz-accent - Buttons, focus ring, bars (default #0b57d0; dark #a8c7fa).
 * @cssproperty --news-quiz-on-accent - Text on the accent (default #fff).
 * @cssproperty --news-quiz-text - Text (default #1f1f1f; dark #e3e3e3).
 * @cssproperty --news-quiz-muted - Secondary text (default #555).
 * @cssproperty --news-quiz-background - Background (default #fff; dark #1b1b1f).
 * @cssproperty --news-quiz-border - Borders (default #8a8a8a).
 * @cssproperty --news-quiz-right - Right answers (default #146c2e).
 * @cssproperty --news-quiz-wrong - Wrong answers (default #b3261e).
 * @cssproperty --news-quiz-font - Font family (default system-ui).
 * @cssproperty --news-quiz-radius - Corner radius (default 8px).
 */
export class NewsQuiz extends LitElement {
  static override styles = styles;

  // Declared here rather than with decorators: the same reactive properties for fewer bytes in the
  // bundle (no decorator helpers, and the private state's names can be shortened by the minifier).
  static override properties: PropertyDeclarations = {
    src: {},
    bank: { attribute: false },
    seed: {},
    count: { type: Number },
    kinds: { converter: list },
    difficulty: { type: Number },
    articles: { converter: list },
    mode: {},
    passMark: { type: Number, attribute: 'pass-mark' },
    timeout: { type: Number },
    strings: { attribute: false },
    _failure: { state: true, attribute: false },
    _bank: { state: true, attribute: false },
    _quiz: { state: true, attribute: false },
    _attempt: { state: true, attribute: false },
    _note: { state: true, attribute: false },
    _said: { state: true, attribute: false },
  };

  /** URL of the bank (JSON), relative to the page. */
  src = '';
  /** The bank itself; wins over a child script and `src`. */
  bank: Bank | null = null;
  /** Seed of the quiz; the same seed gives the same quiz. Without it each new attempt gets its own. */
  seed = '';
  /** How many questions; when the bank can make fewer, as many as it can (the start screen says so). */
  count = DEFAULT_COUNT;
  /** Which kinds of question (space-separated); default all. */
  kinds: QuestionKind[] | undefined;
  /** Only questions of this difficulty, 1 to 3. */
  difficulty: 1 | 2 | 3 | undefined;
  /** Only questions from these article ids (space-separated). */
  articles: string[] | undefined;
  /** `practice`: feedback after each answer; `test`: only at the end. */
  mode: QuizMode = 'practice';
  /** Percent needed to pass. */
  passMark = DEFAULT_PASS_MARK;
  /** Milliseconds to wait for `src` before giving up. */
  timeout = 15000;
  /** Replacements for any of the element's words (see `DEFAULT_STRINGS`). */
  strings: Partial<Strings> = {};

  private _failure: LoadFailure | null = null;
  private _bank: Bank | null = null;
  private _quiz: Quiz | null = null;
  private _attempt: Attempt | null = null;
  private _note = '';
  private _said = '';
  private _student = '';
  private _loads = 0;
  /** The outcome of loading, for {@link ready}: a fresh one once the last is settled. */
  private _outcome = outcome();
  /** Counts loads and outcomes: only the latest settles {@link ready}. */
  private _turns = 0;
  /** Whether the quiz on screen has been announced as ready since the last load or failure. */
  private _announced = false;
  /** How many questions were asked for when the bank can make fewer (`0` when it made them all). */
  private _asked = 0;
  /** Where the attempt is saved; set when the quiz is prepared. */
  private _key = '';
  /** What to focus after the next render, set only by the reader's actions. */
  private _focus = '';

  /**
   * Resolves with the bank once it is loaded and checked and its quiz is on screen; rejects with a
   * {@link NewsQuizLoadError} (the error screen's message and the bank's problems) when it cannot
   * be. A new load (a new `src` or `bank`, Try again) or new options that fail give a new promise
   * once this one is settled; the `news-quiz-ready` and `news-quiz-error` events say the same.
   */
  get ready(): Promise<Bank> {
    return this._outcome.promise;
  }

  /** The quiz being asked (`null` until the bank is loaded). */
  get quiz(): Quiz | null {
    return this._quiz;
  }

  /** The reader's attempt: answers, position, phase (`null` before Start). */
  get attempt(): Attempt | null {
    return this._attempt;
  }

  /** The result of the finished round, or `null` while the quiz is not finished. */
  get result(): QuizResult | null {
    const { _quiz: quiz, _attempt: attempt } = this;
    return quiz && attempt?.phase === 'results' ? scoreAttempt(quiz, attempt, this._passMark) : null;
  }

  private get _s(): Strings {
    return { ...DEFAULT_STRINGS, ...this.strings };
  }

  override requestUpdate(name?: PropertyKey, oldValue?: unknown, options?: PropertyDeclaration): void {
    super.requestUpdate(name, oldValue, options);
    // A new bank or src means a new load: `ready`, read now, is already the promise for it.
    if ((name === 'src' || name === 'bank') && this[name] !== oldValue && this._outcome?.settled) this._outcome = outcome();
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (!this.hasUpdated || changed.has('bank') || changed.has('src')) void this._load();
    else if (['seed', 'count', 'kinds', 'difficulty', 'articles', 'mode'].some((p) => changed.has(p as keyof NewsQuiz))) this._prepare();
  }

  protected override updated(): void {
    // Kept until the target exists: after Try again, the loading message comes before the start screen.
    const target = this._focus && this.renderRoot.querySelector<HTMLElement>(this._focus);
    if (!target) return;
    target.focus();
    this._focus = '';
  }

  override render(): TemplateResult {
    return html`${this._screen()}
      <p class="note" part="note" ?hidden=${!this._note}>${this._note}</p>
      <div class="sr" role="status">${this._said}</div>`;
  }

  private _screen(): TemplateResult {
    const s = this._s;
    const { _quiz: quiz, _attempt: attempt, _failure: failure } = this;
    if (failure) return errorView(s, failure, () => {
      this._focus = '[data-focus]';
      void this._load();
    });
    if (!quiz || !this._bank) return html`<p>${s.loading}</p>`;
    if (!attempt) {
      const ids = new Set(quiz.questions.map((q) => q.article));
      return startView(
        s,
        {
          title: this._bank.title,
          articles: this._bank.articles.filter((a) => ids.has(a.id)),
          count: quiz.questions.length,
          fewer: this._asked ? format(s.fewerQuestions, { count: quiz.questions.length, asked: this._asked }) : '',
        },
        () => this._begin(startAttempt(quiz, this._mode)),
      );
    }
    if (attempt.phase === 'results') {
      const kinds = s.kinds.split('|');
      return resultsView(
        s,
        {
          result: this.result!,
          passMark: this._passMark,
          missed: missedQuestions(attempt).length > 0,
          student: this._student,
          article: (id) => this._articleTitle(id) ?? id,
          kind: (kind) => kinds[QUESTION_KINDS.indexOf(kind as QuestionKind)] ?? kind,
          explain: (id) => {
            const q = quiz.questions.find((x) => x.id === id)!;
            return `${q.explanation} ${format(s.source, { article: this._articleTitle(q.article) ?? q.article, paragraph: q.paragraph })}`;
          },
        },
        {
          retryMissed: () => this._begin(retryMissed(attempt)),
          newQuiz: () => this._newQuiz(),
          copy: () => void this._copy(),
          download: () => this._download(),
          student: (name) => (this._student = name),
        },
      );
    }
    const index = currentIndex(attempt);
    const q = quiz.questions[index]!;
    const last = attempt.position === attempt.round.length - 1;
    return questionView(
      s,
      {
        question: q,
        n: attempt.position + 1,
        total: attempt.round.length,
        answer: attempt.phase === 'feedback' ? attempt.answers[index]! : attempt.draft,
        check: attempt.phase === 'feedback' ? attempt.checks[index]! : null,
        articleTitle: this._articleTitle(q.article) ?? q.article,
        last,
        submitLabel: attempt.mode === 'test' ? (last ? s.finish : s.next) : s.check,
      },
      {
        draft: (answer) => this._update(saveDraft(attempt, answer)),
        submit: (e) => this._submit(e, q),
        move: (place, by) => this._move(place, by),
        next: () => this._advance(nextQuestion(attempt)),
      },
    );
  }

  private _articleTitle(id: string): string | undefined {
    return this._bank?.articles.find((a) => a.id === id)?.title;
  }

  /** Loads the bank from the property, a child script or `src`; stale loads are dropped. */
  private async _load(): Promise<void> {
    const load = ++this._loads;
    const s = this._s;
    this._failure = this._bank = this._quiz = this._attempt = null;
    this._announced = false;
    this._turns += 1;
    if (this._outcome.settled) this._outcome = outcome();
    if (this.bank) return this._accept(this.bank, validateBank(this.bank));
    const script = this.querySelector(':scope > script[type="application/json"]');
    if (script) {
      const text = script.textContent ?? '';
      // Characters are at most three bytes each: only a long text needs counting.
      const tooLarge = text.length > MAX_BANK_BYTES || (text.length * 3 > MAX_BANK_BYTES && new TextEncoder().encode(text).length > MAX_BANK_BYTES);
      if (tooLarge) return this._fail({ message: format(s.tooLargeGiven, { limit: formatBytes(MAX_BANK_BYTES) }), problems: [], retry: false });
      return this._parse(text);
    }
    if (!this.src) {
      // The element can run before the parser reaches its children; look again once it has, unless
      // the page gave a bank or src meanwhile (that load is under way and must not be restarted).
      if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', () => load === this._loads && void this._load(), { once: true });
      else this._fail({ message: s.noBank, problems: [], retry: false });
      return;
    }
    const src = this.src;
    const abort = new AbortController();
    const timeout = this.timeout > 0 ? this.timeout : 15000;
    const timer = setTimeout(() => abort.abort(), timeout);
    let bytes: Uint8Array | null;
    try {
      const response = await fetch(src, { signal: abort.signal });
      if (!response.ok) throw response.status;
      // At most MAX_BANK_BYTES are read: a larger file is refused before it can block the page.
      bytes = await readBody(response, MAX_BANK_BYTES);
    } catch (reason) {
      if (load !== this._loads) return;
      const message =
        typeof reason === 'number'
          ? format(s.notFound, { src, status: reason })
          : format(abort.signal.aborted ? s.timedOut : s.unreachable, { src, seconds: timeout / 1000 });
      return this._fail({ message, problems: [], retry: true });
    } finally {
      clearTimeout(timer);
    }
    if (load !== this._loads) return;
    if (!bytes) return this._fail({ message: format(s.tooLarge, { src, limit: formatBytes(MAX_BANK_BYTES) }), problems: [], retry: false });
    // Strict UTF-8, as the command line reads it: a byte that is not UTF-8 is said, never shown as "�".
    const decoded = decodeText(bytes);
    if (decoded.fault !== undefined) return this._fail({ message: format(decoded.fault === 'utf-16' ? s.utf16 : s.notUtf8, { src }), problems: [], retry: false });
    this._parse(decoded.text, src);
  }

  /** Parses and accepts a bank's text; `src` names the file it came from, if any. */
  private _parse(text: string, src = ''): void {
    const parsed = parseBank(text);
    this._accept(parsed.bank, parsed.problems, src);
  }

  private _accept(bank: Bank | null, problems: LoadFailure['problems'], src = ''): void {
    if (!bank || problems.length) {
      const s = this._s;
      // The first problems are enough to start on; thousands of them would only freeze the page.
      const shown = problems.slice(0, MAX_SHOWN_PROBLEMS);
      const more = problems.length - shown.length;
      const failure = { message: src ? format(s.invalid, { src }) : s.invalidGiven, problems: shown, retry: false };
      return this._fail(more ? { ...failure, more: format(s.moreProblems, { count: more.toLocaleString(this.lang || undefined) }) } : failure, problems);
    }
    this._bank = bank;
    this._prepare();
  }

  /** Shows the error screen, and settles {@link ready} and fires `news-quiz-error` once it is on screen. */
  private _fail(failure: LoadFailure, problems: LoadFailure['problems'] = failure.problems): void {
    this._failure = failure;
    this._announced = false;
    this._say(failure.message);
    const error = new NewsQuizLoadError(failure.message, problems);
    this._settle((result) => result.reject(error), new NewsQuizErrorEvent(error));
  }

  /**
   * Settles {@link ready} (a new promise when the last one is settled) and fires `event` once the
   * screen shows what they say, unless a later load or outcome came first.
   */
  private _settle(settle: (result: Outcome) => void, event: Event): void {
    const turn = ++this._turns;
    void this.updateComplete.then(() => {
      if (turn !== this._turns) return;
      if (this._outcome.settled) this._outcome = outcome();
      settle(this._outcome);
      this._fire(event);
    });
  }

  private _options(seed: string): GenerateOptions {
    const { count, kinds, difficulty, articles } = this;
    return { seed, count, kinds, difficulty, articles };
  }

  /** The pass mark, the default when the attribute is not a number. */
  private get _passMark(): number {
    return Number.isFinite(this.passMark) ? this.passMark : DEFAULT_PASS_MARK;
  }

  /** The mode, anything but `test` read as `practice`. */
  private get _mode(): QuizMode {
    return this.mode === 'test' ? 'test' : 'practice';
  }

  /**
   * Where this quiz's attempt is saved: by bank, by the element (its id, else its place among the
   * page's quizzes, shadow roots included, so that two alike quizzes on one page stay apart) and by every option that shapes the quiz.
   */
  private _keyFor(bank: Bank): string {
    const { seed, count, kinds, difficulty, articles } = this;
    const element = this.id || placeOf(this);
    return `news-quiz:${bank.id}:${element}:${JSON.stringify([seed, count, kinds, difficulty, articles, this._mode])}`;
  }

  /** Resumes the saved attempt for these options, or makes a quiz for the start screen. */
  private _prepare(): void {
    const bank = this._bank;
    if (!bank) return;
    const s = this._s;
    // Said here with the attribute's own text: the generator would only see NaN.
    for (const name of ['count', 'difficulty'] as const) {
      if (Number.isNaN(this[name])) return this._fail({ message: format(s.notNumber, { name, value: this.getAttribute(name) ?? '' }), problems: [], retry: false });
    }
    if (!Number.isInteger(this.count) || this.count < 1) {
      return this._fail({ message: format(s.badCount, { value: this.getAttribute('count') ?? String(this.count) }), problems: [], retry: false });
    }
    this._key = this._keyFor(bank);
    const stored = readStored(this._key);
    let attempt: Attempt | null = null;
    let quiz: Quiz | null = null;
    this._failure = null;
    this._note = stored.status === 'unavailable' ? s.notKept : stored.status === 'corrupt' ? s.unreadable : '';
    try {
      if (stored.status === 'ok') {
        const seed = (stored.value as Attempt | null)?.seed;
        try {
          if (typeof seed === 'string') {
            quiz = this._make(seed);
            attempt = restoreAttempt(stored.value, quiz);
          }
        } catch {
          // A saved seed that no longer makes a quiz is as good as none.
        }
        if (!attempt) this._note = s.unreadable;
      }
      if (!attempt) quiz = this._make(this.seed || newSeed());
    } catch (error) {
      return this._fail({ message: (error as Error).message, problems: [], retry: false });
    }
    this._quiz = quiz;
    this._attempt = attempt;
    if (!this._announced) {
      this._announced = true;
      this._settle((result) => result.resolve(bank), new NewsQuizReadyEvent(bank, quiz!));
      if (this._asked && !attempt) this._say(format(s.fewerQuestions, { count: quiz!.questions.length, asked: this._asked }));
    }
  }

  /**
   * The quiz for `seed`. When the count is more than the bank can fill with these options, as many
   * questions as it can make (the same ones, as one seed gives one quiz), and the start screen says so.
   */
  private _make(seed: string): Quiz {
    const options = this._options(seed);
    this._asked = 0;
    try {
      return generate(this._bank!, options);
    } catch (error) {
      if (!(error instanceof GenerateError) || !error.capacity) throw error;
      this._asked = this.count;
      return generate(this._bank!, { ...options, count: error.capacity });
    }
  }

  /** Keeps the attempt on screen and in storage; says so quietly when storage refuses. */
  private _update(attempt: Attempt): void {
    this._attempt = attempt;
    if (!writeStored(this._key, attempt)) this._note = this._s.notKept;
  }

  private _begin(attempt: Attempt): void {
    this._update(attempt);
    this._focus = '[data-focus]';
    this._said = '';
    this._fire(new NewsQuizStartEvent(attempt.seed, attempt.round.map((i) => this._quiz!.questions[i]!)));
  }

  private _newQuiz(): void {
    try {
      this._quiz = this._make(newSeed());
    } catch (error) {
      return this._fail({ message: (error as Error).message, problems: [], retry: false });
    }
    this._begin(startAttempt(this._quiz, this._mode));
  }

  private _submit(e: Event, q: Question): void {
    e.preventDefault();
    const attempt = this._attempt!;
    const answer = attempt.draft ?? (q.kind === 'order' ? q.items.map((_, i) => i) : null);
    if (answer === null || (typeof answer === 'string' && !answer.trim()) || (q.kind === 'match' && (answer as number[]).every((i) => i < 0))) {
      this._say(this._s.needAnswer);
      return;
    }
    const check = checkAnswer(q, answer);
    const next = answerQuestion(attempt, answer, check);
    const answered = new NewsQuizAnswerEvent(q.id, q.kind, answer, check.correct, check.points);
    if (next.phase === 'feedback') {
      const s = this._s;
      this._update(next);
      this._focus = '[data-next]';
      this._say(`${verdictWord(s, check)}. ${format(s.correctAnswer, { answer: check.answerText })}. ${q.explanation}`);
      this._fire(answered);
    } else {
      this._advance(next, answered);
    }
  }

  /** Shows the next question or, after the last, the results (and reports them). */
  private _advance(attempt: Attempt, answered?: NewsQuizAnswerEvent): void {
    // State first, then events: a listener reads the element as the reader now sees it.
    this._update(attempt);
    this._focus = '[data-focus]';
    this._said = '';
    if (answered) this._fire(answered);
    if (attempt.phase === 'results') this._fire(new NewsQuizCompleteEvent(this.result!));
  }

  private _move(place: number, by: -1 | 1): void {
    const attempt = this._attempt!;
    const q = this._quiz!.questions[currentIndex(attempt)]!;
    if (q.kind !== 'order') return;
    const order = Array.isArray(attempt.draft) ? attempt.draft.slice() : q.items.map((_, i) => i);
    const item = order[place]!;
    order[place] = order[place + by]!;
    order[place + by] = item;
    this._update(saveDraft(attempt, order));
    this._focus = `[data-move="${by}"][data-place="${place + by}"]`;
    this._say(format(this._s.moved, { item: q.items[item]!, n: place + by + 1 }));
  }

  /** Fires one of the element's events (all of them in answer to the reader). */
  private _fire(event: Event): void {
    this.dispatchEvent(event);
  }

  /** Puts `text` in the live region; a repeat gets a different invisible ending so it is read again. */
  private _say(text: string): void {
    this._said = this._said === text ? `${text}\u00a0` : text;
  }

  private _resultText(): string {
    const [score, seed, given, answer, right, wrong, none] = this._s.copyLabels.split('|') as string[];
    return resultsToText(this.result!, this._bank!.title, this._student, { score, seed, given, answer, right, wrong, none } as ResultsTextLabels);
  }

  private async _copy(): Promise<void> {
    const s = this._s;
    try {
      await navigator.clipboard.writeText(this._resultText());
      this._say(s.copied);
    } catch {
      this._say(s.copyFailed);
    }
  }

  private _download(): void {
    const result = this.result!;
    const name = fileName([this._bank!.id, result.seed, this._student], RESULTS_CSV.extension);
    saveFile(name, RESULTS_CSV.render(result, this._student), RESULTS_CSV.mediaType);
  }
}

// A page may load the element twice (two embeds with different bundle URLs): the first one wins.
if (!customElements.get('news-quiz')) customElements.define('news-quiz', NewsQuiz);

declare global {
  interface HTMLElementTagNameMap {
    'news-quiz': NewsQuiz;
  }
}
