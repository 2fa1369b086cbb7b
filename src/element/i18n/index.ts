/**
 * The languages the element speaks, and how it picks one. English is part of the main bundle;
 * each other language is a chunk of its own, loaded the first time a quiz asks for it.
 */
import { formats, type Strings } from '../strings.js';
import { en } from './en.js';
import { lazy, type Lazy } from '../parts.js';
import { LANGUAGES, type Language } from './loading.js';

export { LANGUAGES, LOADING, type Language } from './loading.js';

/** How each language other than English is loaded: one dynamic import each, so one chunk each. */
const LOADERS: Record<Exclude<Language, 'en'>, Lazy<Strings>> = {
  uk: lazy(() => import('./uk.js').then((m) => m.ukrainian(formats('uk')))),
  de: lazy(() => import('./de.js').then((m) => m.german(formats('de')))),
  fr: lazy(() => import('./fr.js').then((m) => m.french(formats('fr')))),
  es: lazy(() => import('./es.js').then((m) => m.spanish(formats('es')))),
};

/** The shipped language for a BCP 47 tag (`uk-UA` → `uk`), English for any other. */
export function languageFor(tag: string): Language {
  const primary = tag.trim().toLowerCase().split(/[-_]/)[0] ?? '';
  return (LANGUAGES as readonly string[]).includes(primary) ? (primary as Language) : 'en';
}

/** The words of `language`, loading them once per page (a failed load is tried again at the next call). */
export function loadStrings(language: Language): Promise<Strings> {
  return language === 'en' ? Promise.resolve(en) : LOADERS[language].load();
}

/** The words of `language` if they are loaded already, so that a quiz can show them without waiting. */
export function loadedStrings(language: Language): Strings | undefined {
  return language === 'en' ? en : LOADERS[language].value;
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
