/**
 * Every word the `<news-quiz>` element shows that does not come from a bank.
 * Override any of them through the element's `strings` property, e.g. to
 * translate the quiz. `{name}` marks a value filled in at run time.
 */
export const DEFAULT_STRINGS = {
  loading: 'Loading the quiz…',
  draws: 'This quiz draws on:',
  questionCount: '{count} questions',
  /** On the start screen when the bank can make fewer questions than the count asks for. */
  fewerQuestions: 'This bank can make {count} questions with these settings, not the {asked} asked for.',
  start: 'Start the quiz',
  progress: '{n} of {total}',
  question: 'Question {n} of {total}',
  yourAnswer: 'Your answer',
  unit: 'Your answer ({unit})',
  blank: 'The missing words',
  choose: 'Choose…',
  moveUp: 'Move “{item}” up',
  moveDown: 'Move “{item}” down',
  moved: '“{item}” is now in place {n}.',
  orderHint: 'From {first} (top) to {last} (bottom).',
  check: 'Check the answer',
  next: 'Next question',
  finish: 'See the results',
  needAnswer: 'Give an answer first.',
  right: 'Right',
  partly: 'Partly right',
  wrong: 'Wrong',
  correctAnswer: 'The answer: {answer}',
  source: 'Source: {article}, paragraph {paragraph}',
  results: 'Results',
  score: '{score} of {max} points ({percent}%)',
  passed: 'Passed: well done.',
  failed: 'Not passed yet: the pass mark is {mark}%.',
  seed: 'Quiz code (share it for the same quiz): {seed}',
  byArticle: 'Score per article',
  byKind: 'Score per kind of question',
  review: 'Your answers',
  given: 'You answered: {answer}',
  noAnswer: 'no answer',
  retryMissed: 'Retry the missed ones',
  newQuiz: 'New quiz',
  student: 'Student name (optional)',
  copy: 'Copy results',
  copied: 'The results are copied.',
  copyFailed: 'The results could not be copied.',
  download: 'Download CSV',
  notKept: 'Progress will not be kept on this device.',
  unreadable: 'The saved progress could not be read, so the quiz starts afresh.',
  errorTitle: 'The quiz could not be loaded',
  notFound: 'The quiz file {src} could not be loaded (HTTP {status}).',
  unreachable: 'The quiz file {src} could not be reached.',
  timedOut: 'The quiz file {src} took longer than {seconds} s to load.',
  invalid: 'The quiz file {src} has problems:',
  /** After the first problems shown, when a bank has more. */
  moreProblems: '… and {count} more.',
  tooLarge: 'The quiz file {src} is larger than {limit}, the most a quiz may be.',
  tooLargeGiven: 'The quiz given in the page is larger than {limit}, the most a quiz may be.',
  utf16: 'The quiz file {src} is UTF-16 text; save it as UTF-8.',
  notUtf8: 'The quiz file {src} is not UTF-8 text; save it as UTF-8.',
  /** The same for a bank given as the `bank` property or in a child JSON script. */
  invalidGiven: 'The quiz given in the page has problems:',
  notNumber: 'The {name} attribute must be a number; it is "{value}".',
  badCount: 'The count attribute must be a whole number of at least 1; it is "{value}".',
  noBank: 'No quiz given: set the src attribute, the bank property, or add a JSON script inside.',
  where: '{path}, line {line}, column {column}',
  retry: 'Try again',
  /** Words in copied results: score, quiz code, given, answer, right, wrong, no answer. */
  copyLabels: 'Score|Quiz code|Given|Answer|right|wrong|(no answer)',
  kinds: 'Multiple choice|True or false|Matching|Ordering|Number|Fill in the blank|Short answer',
};

/** The element's words; see {@link DEFAULT_STRINGS}. */
export type Strings = typeof DEFAULT_STRINGS;

/** Fills `{name}` slots in `template` from `values`. */
export function format(template: string, values: Record<string, string | number>): string {
  return template.replace(/\{(\w+)\}/g, (slot, name: string) => (name in values ? String(values[name]) : slot));
}
