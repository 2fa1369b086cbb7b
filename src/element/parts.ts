/**
 * Parts of the element that a quiz needs only at some moments, each loaded the first time it is
 * needed. In the bundle each is a chunk beside it (`news-quiz.<part>-<hash>.js`), fetched by a URL
 * relative to the bundle's own, so a page still embeds the quiz with one script tag.
 */

/** A module loaded once per page, the first time it is asked for. */
export interface Lazy<T> {
  /** Loads it, once; after a failed load (offline) the next call tries again. */
  load(): Promise<T>;
  /** It, once loaded (`undefined` before). */
  readonly value: T | undefined;
}

/** The module that `importer` loads, as a {@link Lazy}. */
export function lazy<T>(importer: () => Promise<T>): Lazy<T> {
  let value: T | undefined;
  let loading: Promise<T> | null = null;
  return {
    load: () =>
      (loading ??= importer().then(
        (loaded) => (value = loaded),
        (error: unknown) => {
          loading = null;
          throw error;
        },
      )),
    get value() {
      return value;
    },
  };
}

/** The part that says what is wrong with a bank (the validator's messages, and the JSON scanner for where in its text). */
export type ProblemList = typeof import('../domain/parse.js');

/** What is wrong with a bank, and where: only for a bank with problems. */
export const problemList: Lazy<ProblemList> = lazy(() => import('../domain/parse.js'));

/** The results screen, Copy results and the CSV: only for the last screen. */
export const resultsScreen = lazy(() => import('./results-screen.js'));
