import { LitElement, adoptStyles, html, type PropertyDeclaration, type PropertyDeclarations, type PropertyValues, type TemplateResult } from 'lit';
import {
  answerQuestion,
  currentIndex,
  currentRound,
  isRecorded,
  markFinished,
  missedQuestions,
  nextQuestion,
  restoreAttempt,
  retryMissed,
  retryNumber,
  saveDraft,
  showsFeedback,
  startAttempt,
  type Attempt,
  type QuizMode,
  type Restored,
} from '../domain/attempt.js';
import type { Bank } from '../domain/bank.js';
import { checkAnswer } from '../domain/check.js';
import { DEFAULT_COUNT, generatingUpTo, type Steps } from '../domain/generate.js';
import type { GenerateOptions, Question, QuestionKind, Quiz } from '../domain/question.js';
import { DEFAULT_PASS_MARK, scoreAttempt, scoreRetries, type QuizResult } from '../domain/score.js';
import { finish } from '../domain/select.js';
import { isSound, readBank, type BankRead } from '../domain/bank-rules.js';
import type { BankParse } from '../domain/parse.js';
import { MAX_BANK_BYTES, decodeText, formatBytes, readBody } from '../input/text-file.js';
import { NewsQuizAnswerEvent, NewsQuizCompleteEvent, NewsQuizErrorEvent, NewsQuizLoadError, NewsQuizReadyEvent, NewsQuizStartEvent } from './events.js';
import { en } from './i18n/en.js';
import { LOADING, langOf, languageFor, loadStrings, loadedStrings, type Language } from './i18n/index.js';
import { problemList, resultsScreen, type ProblemList } from './parts.js';
import { newSeed } from './seed.js';
import { readStored, writeStored } from './storage.js';
import { format, prepareFormats, say, withOverrides, type StringOverrides, type Strings } from './strings.js';
import { styles } from './styles.js';
import { errorView, type LoadFailure } from './views/error.js';
import { viewOf } from './views/kinds/index.js';
import { questionView, verdictWord } from './views/question.js';
import { startView } from './views/start.js';

export * from './events.js';
export { LANGUAGES, type Language } from './i18n/index.js';
export type { Message, StringOverrides, Strings } from './strings.js';
/** The English words, which the `strings` property and the other languages replace. */
export const DEFAULT_STRINGS: Strings = en;

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

/** Every quiz on the page, in the order they were connected (document order, for a parsed page). */
const connected = new Set<NewsQuiz>();

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
 * Resolves in a later task: `scheduler.yield()` where the browser has it (the rest runs before
 * other queued work), else a message to the page's own channel (no setTimeout clamp).
 */
function nextTask(): Promise<void> {
  const scheduler = (globalThis as { scheduler?: { yield?: () => Promise<void> } }).scheduler;
  if (scheduler?.yield) return scheduler.yield();
  return new Promise((resolve) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => resolve();
    channel.port2.postMessage(null);
  });
}

/** How long work done in steps runs before it lets the page handle input and paint: well under a long task (50 ms). */
const SLICE_MS = 15;

/**
 * Runs work done in steps in slices of about {@link SLICE_MS}, each in its own task; stops, with
 * `false`, at the first slice where `current()` says the work is no longer wanted. The first slice
 * runs at once and counts from `start`, so that work done before it in the same task counts too.
 */
async function inSlices(steps: Steps<void>, current: () => boolean, start = performance.now()): Promise<boolean> {
  for (;;) {
    if (steps.next().done) return true;
    if (performance.now() - start < SLICE_MS) continue;
    await nextTask();
    if (!current()) return false;
    start = performance.now();
  }
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
 * `<script type="application/json">`, else the `src` URL. The element speaks
 * the language of its `lang` attribute or the nearest `lang` above it (English,
 * Ukrainian, German, French, Spanish); the questions stay in the bank's language.
 *
 * @summary An accessible, resumable quiz generated from a fact bank.
 *
 * @fires {NewsQuizReadyEvent} news-quiz-ready - The bank is loaded and its quiz on screen: `bank`, `quiz`. Also the `ready` promise.
 * @fires {NewsQuizErrorEvent} news-quiz-error - The bank could not be loaded, or no quiz made from it: `error` (`message`, `problems`).
 * @fires {NewsQuizStartEvent} news-quiz-start - The reader started a round: `seed`, `questions`, `retry` (0, or which retry).
 * @fires {NewsQuizAnswerEvent} news-quiz-answer - The reader answered: `questionId`, `kind`, `answer`, `correct`, `points`, `retry`.
 * @fires {NewsQuizCompleteEvent} news-quiz-complete - The reader finished a round: `result`, always the recorded first round (also `score`, `max`, `percent`, `passed`, `seed`, `questions`), and `retry`, how a retry went (`null` after the first round).
 *
 * @csspart start - The start screen.
 * @csspart articles - The list of the articles the questions come from: on the start screen their titles, sites and dates; on the results also their summaries (a page that shows the articles itself may hide it).
 * @csspart question - The question screen.
 * @csspart progress - The progress bar.
 * @csspart option - A choice, field, select or item to order.
 * @csspart feedback - The verdict and explanation after an answer.
 * @csspart hint - "Give an answer first", after Check with no answer.
 * @csspart results - The results screen.
 * @csspart score - The score on the results screen: ring, points, pass or not.
 * @csspart error - The screen that says what went wrong.
 * @csspart button - Every button.
 * @csspart source - The article and paragraph an answer comes from, under its explanation.
 * @csspart note - The note when progress cannot be kept, or a saved attempt could not be resumed.
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
  // bundle (no decorator helpers).
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
    locked: { type: Boolean },
    strings: { attribute: false },
    _failure: { state: true, attribute: false },
    _bank: { state: true, attribute: false },
    _quiz: { state: true, attribute: false },
    _attempt: { state: true, attribute: false },
    _note: { state: true, attribute: false },
    _said: { state: true, attribute: false },
    _base: { state: true, attribute: false },
    _waiting: { state: true, attribute: false },
    _needAnswer: { state: true, attribute: false },
    _stalled: { state: true, attribute: false },
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
  /** The quiz the page set is the one to answer: no New quiz on the results (a teacher's link). */
  locked = false;
  /** Replacements for any of the element's words, over those of its language (see `Strings`). */
  strings: StringOverrides = {};

  private _failure: LoadFailure | null = null;
  private _bank: Bank | null = null;
  private _quiz: Quiz | null = null;
  private _attempt: Attempt | null = null;
  private _note = '';
  private _said = '';
  /** The words of the element's language, once loaded. */
  private _base: Strings = en;
  private _language: Language = 'en';
  /** The element's language tag as the page wrote it (`en-GB`), for dates and percentages. */
  private _locale = 'en';
  /** Whether the words of a new language are still loading. */
  private _waiting = false;
  private _langObserver: MutationObserver | null = null;
  /** Whether the reader pressed Check with no answer (shown until the answer changes). */
  private _needAnswer = false;
  /** Whether the console has been told that another quiz has this one's id. */
  private _warned = false;
  private _student = '';
  private _loads = 0;
  /** Counts the quizzes prepared: a quiz drawn in slices stops when another preparation starts. */
  private _prepares = 0;
  /** The quiz being drawn in slices, until it is drawn or stopped: {@link updateComplete} waits for it. */
  private _drawing: Promise<boolean> | null = null;
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
  /** Whether the results screen's part is being fetched. */
  private _fetching = false;
  /** Whether the results screen's part is loaded and its styles are in this quiz's shadow root. */
  private _resultsReady = false;
  /** Whether the results screen's part could not be loaded (the results screen says so until a reload). */
  private _stalled = false;

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

  /**
   * The recorded result, the first full round's, once it is finished (`null` before). Retries of
   * the missed questions are practice and never change it.
   */
  get result(): QuizResult | null {
    const { _quiz: quiz, _attempt: attempt } = this;
    return quiz && attempt && isRecorded(attempt) ? scoreAttempt(quiz, attempt, this._passMark) : null;
  }

  private get _s(): Strings {
    return withOverrides(this._base, this.strings);
  }

  override connectedCallback(): void {
    super.connectedCallback();
    connected.add(this);
    // The language is the nearest lang attribute's: watch every root up to the document for changes.
    const observer = new MutationObserver(() => this._pickLanguage());
    for (let node: Node = this; ; ) {
      const root = node.getRootNode();
      observer.observe(root instanceof Document ? root.documentElement : root, { attributes: true, attributeFilter: ['lang'], subtree: true });
      if (!(root instanceof ShadowRoot)) break;
      node = root.host;
    }
    this._langObserver = observer;
    this._pickLanguage();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    connected.delete(this);
    this._langObserver?.disconnect();
  }

  /** Speaks the language of the nearest `lang`, loading its words the first time. */
  private _pickLanguage(): void {
    const tag = langOf(this);
    const language = languageFor(tag);
    // Dates and percentages follow the page's own tag (en-GB, de-AT) when it is a valid one of this language.
    this._locale = language;
    try {
      if (tag.split(/[-_]/)[0]!.toLowerCase() === language) this._locale = Intl.getCanonicalLocales(tag)[0] ?? language;
    } catch {
      // Not a valid language tag: the language's own formats.
    }
    if (language === this._language) return;
    this._language = language;
    const ready = loadedStrings(language);
    this._waiting = !ready;
    if (ready) {
      this._base = ready;
      return;
    }
    loadStrings(language).then(
      (strings) => {
        if (this._language !== language) return;
        this._base = strings;
        this._waiting = false;
      },
      (error: unknown) => {
        if (this._language !== language) return;
        console.error(`news-quiz: the ${language} words could not be loaded, so the quiz speaks English.`, error);
        this._base = en;
        this._waiting = false;
      },
    );
  }

  override requestUpdate(name?: PropertyKey, oldValue?: unknown, options?: PropertyDeclaration): void {
    super.requestUpdate(name, oldValue, options);
    // A new bank or src means a new load: `ready`, read now, is already the promise for it.
    if ((name === 'src' || name === 'bank') && this[name] !== oldValue && this._outcome?.settled) this._outcome = outcome();
  }

  /**
   * Also waits for a quiz being drawn in slices and its render: a page that sets `bank` and awaits
   * `updateComplete` finds the quiz made, whatever the bank's size.
   */
  protected override async getUpdateComplete(): Promise<boolean> {
    let done = await super.getUpdateComplete();
    while (this._drawing) {
      await this._drawing;
      done = await super.getUpdateComplete();
    }
    return done;
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (!this.hasUpdated || changed.has('bank') || changed.has('src')) void this._load();
    else if (['seed', 'count', 'kinds', 'difficulty', 'articles', 'mode'].some((p) => changed.has(p as keyof NewsQuiz))) this._prepare();
  }

  protected override updated(): void {
    // The results screen's part is fetched once a quiz is under way, so that it is there at the end.
    if (this._attempt && !this._stalled) this._loadResults();
    // Kept until the target exists: after Try again, the loading message comes before the start screen.
    const target = this._focus && this.renderRoot.querySelector<HTMLElement>(this._focus);
    if (!target) return;
    // After a check the focus goes to Next, but the view stays on the question and its verdict.
    const checked = this._focus === '[data-next]';
    target.focus({ preventScroll: checked });
    this._focus = '';
    if (checked) this._reveal();
  }

  /**
   * Keeps the question, the reader's marked answer and the verdict in view after a check (on a
   * phone the button to go on may be below the fold); where they cannot all fit, the verdict
   * comes to the bottom of the view with as much of the question above it as fits.
   */
  private _reveal(): void {
    const first = this.renderRoot.querySelector('legend');
    const last = this.renderRoot.querySelector('.verdict-word');
    if (!first || !last) return;
    const top = first.getBoundingClientRect().top;
    const bottom = last.getBoundingClientRect().bottom;
    if (top >= 0 && bottom <= innerHeight) return;
    if (bottom - top <= innerHeight && top < 0) first.scrollIntoView({ block: 'start' });
    else last.scrollIntoView({ block: 'end' });
  }

  override render(): TemplateResult {
    return html`<p class="note" part="note" ?hidden=${!this._note}>${this._note}</p>
      ${this._screen()}
      <div class="sr" role="status">${this._said}</div>`;
  }

  private _screen(): TemplateResult {
    const s = this._s;
    const { _quiz: quiz, _attempt: attempt, _failure: failure } = this;
    // Until the words of the element's language are here, only "loading", in that language.
    const loading = html`<p>${this.strings.loading ?? LOADING[this._language]}</p>`;
    if (this._waiting) return loading;
    if (failure) return errorView(s, failure, () => {
      this._focus = '[data-focus]';
      void this._load();
    });
    if (!quiz || !this._bank) return loading;
    if (!attempt) {
      const ids = new Set(quiz.questions.map((q) => q.article));
      return startView(
        s,
        {
          title: this._bank.title,
          articles: this._bank.articles.filter((a) => ids.has(a.id)),
          count: quiz.questions.length,
          mode: this._mode,
          passMark: this._passMark,
          locale: this._locale,
          fewer: this._asked ? say(s.fewerQuestions, { count: quiz.questions.length, asked: this._asked }) : '',
        },
        () => this._begin(startAttempt(quiz, this._mode)),
      );
    }
    if (attempt.phase === 'results') {
      const results = this._resultsReady ? resultsScreen.value : undefined;
      if (!results) {
        if (!this._stalled) return loading;
        // No Try again: a browser keeps a failed module fetch for the page's life; a reload fetches it anew.
        return errorView(s, { title: s.resultsUnavailable, message: s.resultsUnreachable, problems: [], retry: false }, () => undefined);
      }
      const percent = new Intl.NumberFormat(this._locale, { style: 'percent' });
      return results.resultsView(
        s,
        {
          result: this.result!,
          retries: scoreRetries(quiz, attempt),
          percent: (n) => percent.format(n / 100),
          missed: missedQuestions(attempt).length > 0,
          renew: !this.locked,
          student: this._student,
          articles: this._bank.articles.filter((a) => quiz.questions.some((q) => q.article === a.id)),
          locale: this._locale,
          article: (id) => this._articleTitle(id) ?? id,
          explain: (id) => quiz.questions.find((x) => x.id === id)!.explanation,
          source: (id) => {
            const q = quiz.questions.find((x) => x.id === id)!;
            return say(s.source, { article: this._articleTitle(q.article) ?? q.article, paragraph: q.paragraph });
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
    const round = currentRound(attempt);
    const feedback = showsFeedback(attempt);
    const answered = attempt.round.filter((i) => round.checks[i]);
    return questionView(
      s,
      {
        question: q,
        n: attempt.position + 1,
        total: attempt.round.length,
        answer: attempt.phase === 'feedback' ? round.answers[index]! : attempt.draft,
        check: attempt.phase === 'feedback' ? round.checks[index]! : null,
        articleTitle: this._articleTitle(q.article) ?? q.article,
        last,
        submitLabel: feedback ? s.check : last ? s.finish : s.next,
        tally: feedback && answered.length ? { right: answered.filter((i) => round.checks[i]!.correct).length, answered: answered.length } : null,
        retry: retryNumber(attempt),
        needAnswer: this._needAnswer,
      },
      {
        draft: (answer) => {
          this._needAnswer = false;
          this._update(saveDraft(attempt, answer));
        },
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
    // The time the reading took counts towards the first slice of the quiz: a small bank's start
    // screen comes with the first render, a large one's after slices of their own tasks.
    const start = performance.now();
    const bank = this.bank;
    if (bank) return isSound(bank) ? this._accept(bank, [], '', load, start) : this._explain((part) => ({ bank: null, problems: part.validateBank(bank) }), '', load);
    const script = this.querySelector(':scope > script[type="application/json"]');
    if (script) {
      const text = script.textContent ?? '';
      // Characters are at most three bytes each: only a long text needs counting.
      const tooLarge = text.length > MAX_BANK_BYTES || (text.length * 3 > MAX_BANK_BYTES && new TextEncoder().encode(text).length > MAX_BANK_BYTES);
      if (tooLarge) return this._fail({ message: format(s.tooLargeGiven, { limit: formatBytes(MAX_BANK_BYTES) }), problems: [], retry: false });
      return this._read(readBank(text), text, '', load, start);
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
    // While the bank is on its way, in a task of its own: the start screen's numbers.
    void nextTask().then(() => prepareFormats(s.lang));
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
    const read = readBank(decoded.text);
    // Reading the bank and making the quiz are two tasks, not one: input and paint may come between.
    await nextTask();
    if (load !== this._loads) return;
    return this._read(read, decoded.text, src, load);
  }

  /**
   * Accepts a bank's text as `read`, for `load`, which began at `start`; `src` names the file it came
   * from, if any. For a bank with problems, what they are and where comes from a part of its own.
   */
  private _read(read: BankRead, text: string, src: string, load: number, start?: number): Promise<void> | void {
    if (read.bank) return this._accept(read.bank, [], src, load, start);
    return this._explain((part) => part.parseBank(text, read), src, load);
  }

  /**
   * Shows the problems of a bank that is not sound, for `load`: `list` says them with the part that
   * words them (the validator's messages, the JSON scanner), loaded now the first time; `src` names
   * the file the bank came from, if any.
   */
  private async _explain(list: (part: ProblemList) => BankParse, src: string, load: number): Promise<void> {
    try {
      const part = await problemList.load();
      if (load !== this._loads) return;
      const parsed = list(part);
      this._accept(parsed.bank, parsed.problems, src, load);
    } catch {
      if (load !== this._loads) return;
      const s = this._s;
      // No Try again: a browser keeps a failed module fetch for the page's life; a reload fetches it anew.
      this._fail({ message: src ? format(s.invalid, { src }) : s.invalidGiven, problems: [], more: s.unlisted, retry: false });
    }
  }

  /**
   * Shows a bank's problems, or makes its quiz for `load` (the load it comes from, which began at
   * `start`) in slices of its own tasks; `src` names the file it came from, if any.
   */
  private _accept(bank: Bank | null, problems: LoadFailure['problems'], src: string, load: number, start = performance.now()): void {
    if (!bank || problems.length) {
      const s = this._s;
      // The first problems are enough to start on; thousands of them would only freeze the page.
      const shown = problems.slice(0, MAX_SHOWN_PROBLEMS);
      const more = problems.length - shown.length;
      const failure = { message: src ? format(s.invalid, { src }) : s.invalidGiven, problems: shown, retry: false };
      return this._fail(more ? { ...failure, more: say(s.moreProblems, { count: more }) } : failure, problems);
    }
    this._bank = bank;
    // The quiz is drawn question by question, a few to a task: stopped by a later load or preparation.
    const turn = this._prepares;
    const drawing = inSlices(this._preparing(), () => load === this._loads && turn + 1 === this._prepares, start);
    this._drawing = drawing;
    void drawing.finally(() => {
      if (this._drawing === drawing) this._drawing = null;
    });
  }

  /** Shows the error screen, and settles {@link ready} and fires `news-quiz-error` once it is on screen. */
  private _fail(failure: LoadFailure, problems: LoadFailure['problems'] = failure.problems): void {
    this._failure = failure;
    this._announced = false;
    this._say(failure.message);
    // For the page's developer, who may not be looking at the quiz. No bank at all is not logged: it
    // is also how a quiz waits for a page that gives its bank later (an authoring preview).
    if (failure.message !== this._s.noBank) console.error(`news-quiz: ${failure.message}${failure.problems.map((p) => `\n  ${p.path || '/'}${p.line === undefined ? '' : ` (line ${p.line}, column ${p.column ?? 1})`}: ${p.message}`).join('')}`);
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
    return `news-quiz:${bank.id}:${this._place()}:${JSON.stringify([seed, count, kinds, difficulty, articles, this._mode])}`;
  }

  /**
   * The element's part of its saved attempt's key: its id, else its place on the page. Quizzes
   * that share an id (a page error) are told apart by their order, and the console says so.
   */
  private _place(): string {
    if (!this.id) return placeOf(this);
    const twins = [...connected].filter((q) => q.id === this.id);
    const n = twins.indexOf(this);
    // Said once, by the second quiz with the id, the one whose key is changed.
    if (n > 0 && !this._warned) {
      this._warned = true;
      console.warn(
        `news-quiz: ${twins.length} quizzes on this page have id="${this.id}". Each keeps its own saved progress (by its order on the page), but give each quiz an id of its own.`,
        this,
      );
    }
    return n > 0 ? `${this.id}~${n + 1}` : this.id;
  }

  /** Resumes the saved attempt for these options, or makes a quiz for the start screen. */
  private _prepare(): void {
    finish(this._preparing());
  }

  /** {@link _prepare} in steps: a step after each question drawn. */
  private *_preparing(): Steps<void> {
    this._prepares += 1;
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
    // Steps of their own: the reading before this may have filled its slice, and the start screen's
    // number formats, the first of a page, take a while to make (nothing when already made).
    yield;
    prepareFormats(s.lang);
    yield;
    this._key = this._keyFor(bank);
    const stored = readStored(this._key);
    let attempt: Attempt | null = null;
    let quiz: Quiz | null = null;
    this._failure = null;
    this._note = stored.status === 'unavailable' ? s.notKept : stored.status === 'corrupt' ? s.unreadable : '';
    try {
      if (stored.status === 'ok') {
        const seed = (stored.value as Attempt | null)?.seed;
        let restored: Restored = { status: 'unreadable' };
        try {
          if (typeof seed === 'string') {
            quiz = yield* this._making(seed);
            restored = restoreAttempt(stored.value, quiz);
          }
        } catch {
          // The saved seed made a quiz when it was saved: the bank has changed since.
          restored = { status: 'changed' };
        }
        if (restored.status === 'restored') attempt = restored.attempt;
        else this._note = restored.status === 'changed' ? s.changed : s.unreadable;
      }
      if (!attempt) quiz = yield* this._making(this.seed || newSeed());
    } catch (error) {
      return this._fail({ message: (error as Error).message, problems: [], retry: false });
    }
    // The screen is drawn once the quiz is made: in a slice of its own when the last question filled its slice.
    yield;
    this._quiz = quiz;
    this._attempt = attempt;
    if (!this._announced) {
      this._announced = true;
      this._settle((result) => result.resolve(bank), new NewsQuizReadyEvent(bank, quiz!));
      if (this._asked && !attempt) this._say(say(s.fewerQuestions, { count: quiz!.questions.length, asked: this._asked }));
    }
  }

  /**
   * The quiz for `seed`. When the count is more than the bank can fill with these options, as many
   * questions as it can make (the same ones, as one seed gives one quiz), and the start screen says so.
   */
  private _make(seed: string): Quiz {
    return finish(this._making(seed));
  }

  private *_making(seed: string): Steps<Quiz> {
    const quiz = yield* generatingUpTo(this._bank!, this._options(seed));
    this._asked = quiz.questions.length < (this.count ?? DEFAULT_COUNT) ? this.count : 0;
    return quiz;
  }


  /** Keeps the attempt on screen and in storage; says so quietly when storage refuses. */
  private _update(next: Attempt): void {
    const attempt = markFinished(next, new Date().toISOString());
    this._attempt = attempt;
    if (!writeStored(this._key, attempt)) this._note = this._s.notKept;
  }

  private _begin(attempt: Attempt): void {
    this._update(attempt);
    this._focus = '[data-focus]';
    this._said = '';
    this._needAnswer = false;
    this._fire(new NewsQuizStartEvent(attempt.seed, attempt.round.map((i) => this._quiz!.questions[i]!), retryNumber(attempt)));
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
    const answer = viewOf(q).given(q, attempt.draft);
    if (answer === null) {
      this._needAnswer = true;
      this._say(this._s.needAnswer);
      return;
    }
    this._needAnswer = false;
    const check = checkAnswer(q, answer);
    const next = answerQuestion(attempt, answer, check);
    const answered = new NewsQuizAnswerEvent(q.id, q.kind, answer, check.correct, check.points, retryNumber(attempt));
    if (next.phase === 'feedback') {
      const s = this._s;
      this._update(next);
      this._focus = '[data-next]';
      this._say(`${verdictWord(s, check)}. ${say(s.correctAnswer, { answer: check.answerText })}. ${q.explanation}`);
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
    if (attempt.phase === 'results') {
      const retry = attempt.retries.length ? scoreRetries(this._quiz!, attempt).at(-1)! : null;
      this._fire(new NewsQuizCompleteEvent(this.result!, retry));
    }
  }

  private _move(place: number, by: -1 | 1): void {
    const attempt = this._attempt!;
    const q = this._quiz!.questions[currentIndex(attempt)]!;
    if (!('items' in q)) return;
    const order = Array.isArray(attempt.draft) ? attempt.draft.slice() : q.items.map((_, i) => i);
    const item = order[place]!;
    order[place] = order[place + by]!;
    order[place + by] = item;
    this._needAnswer = false;
    this._update(saveDraft(attempt, order));
    this._focus = `[data-move="${by}"][data-place="${place + by}"]`;
    this._say(say(this._s.moved, { item: q.items[item]!, n: place + by + 1 }));
  }

  /** Fires one of the element's events (all of them in answer to the reader). */
  private _fire(event: Event): void {
    this.dispatchEvent(event);
  }

  /** Puts `text` in the live region; a repeat gets a different invisible ending so it is read again. */
  private _say(text: string): void {
    this._said = this._said === text ? `${text}\u00a0` : text;
  }

  private async _copy(): Promise<void> {
    const s = this._s;
    try {
      const result = this.result!;
      const text = resultsScreen.value!.resultsText(s, this._locale, result, this._bank!.title, this._student, scoreRetries(this._quiz!, this._attempt!));
      await navigator.clipboard.writeText(text);
      this._say(s.copied);
    } catch {
      this._say(s.copyFailed);
    }
  }

  private _download(): void {
    resultsScreen.value!.downloadResults(this.result!, this._bank!.id, this._student);
  }

  /**
   * Fetches the results screen's part (once per page) and adds its styles to this quiz's; on the
   * results screen, says so when it cannot be fetched.
   */
  private _loadResults(): void {
    if (this._resultsReady || this._fetching) return;
    this._fetching = true;
    resultsScreen.load().then(
      (part) => {
        this._fetching = false;
        adoptStyles(this.renderRoot as ShadowRoot, [styles, part.resultsStyles]);
        this._resultsReady = true;
        this.requestUpdate();
      },
      (error: unknown) => {
        this._fetching = false;
        // Fetched ahead while the reader answers: tried again at the end, and said only there.
        if (this._attempt?.phase !== 'results') return;
        console.error('news-quiz: the results screen could not be loaded; the answers are kept.', error);
        this._stalled = true;
        this._say(this._s.resultsUnreachable);
      },
    );
  }
}

// A page may load the element twice (two embeds with different bundle URLs): the first one wins.
if (!customElements.get('news-quiz')) customElements.define('news-quiz', NewsQuiz);

declare global {
  interface HTMLElementTagNameMap {
    'news-quiz': NewsQuiz;
  }
}
