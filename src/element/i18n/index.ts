/**
 * The languages the element speaks, and how it picks one. English is part of the main bundle;
 * each other language is a chunk of its own, loaded the first time a quiz asks for it.
 */
import { formats, type Strings } from '../strings.js';
import { en } from './en.js';
import { LANGUAGES, type Language } from './loading.js';

export { LANGUAGES, LOADING, type Language } from './loading.js';

/** How each language other than English is loaded: one dynamic import each, so one chunk each. */
const LOADERS: Record<Exclude<Language, 'en'>, () => Promise<Strings>> = {
  uk: () => import('./uk.js').then((m) => m.ukrainian(formats('uk'))),
  de: () => import('./de.js').then((m) => m.german(formats('de'))),
  fr: () => import('./fr.js').then((m) => m.french(formats('fr'))),
  es: () => import('./es.js').then((m) => m.spanish(formats('es'))),
};

/** The shipped language for a BCP 47 tag (`uk-UA` → `uk`), English for any other. */
export function languageFor(tag: string): Language {
  const primary = tag.trim().toLowerCase().split(/[-_]/)[0] ?? '';
  return (LANGUAGES as readonly string[]).includes(primary) ? (primary as Language) : 'en';
}

const loading = new Map<Language, Promise<Strings>>();
const ready = new Map<Language, Strings>([['en', en]]);

/** The words of `language`, loading them once per page. */
export function loadStrings(language: Language): Promise<Strings> {
  const done = ready.get(language);
  if (done) return Promise.resolve(done);
  let strings = loading.get(language);
  if (!strings) {
    strings = LOADERS[language as Exclude<Language, 'en'>]().then(
      (loaded) => (ready.set(language, loaded), loaded),
      (error: unknown) => {
        // A failed load (offline) may be tried again by the next quiz that asks.
        loading.delete(language);
        throw error;
      },
    );
    loading.set(language, strings);
  }
  return strings;
}

/** The words of `language` if they are loaded already, so that a quiz can show them without waiting. */
export function loadedStrings(language: Language): Strings | undefined {
  return ready.get(language);
}

/**
 * The language of `el`: its own `lang`, else the nearest `lang` above it, crossing shadow roots
 * to their hosts; `""` when none is set.
 */
export function langOf(el: Element): string {
  let node: Element | null = el;
  while (node) {
    const found: Element | null = node.closest('[lang]');
    if (found) return found.getAttribute('lang') ?? '';
    const root = node.getRootNode();
    node = root instanceof ShadowRoot ? root.host : null;
  }
  return '';
}
