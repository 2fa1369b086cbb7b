/** The languages the element ships, and the one message each needs before its words are loaded. */

/** The languages the element ships, by primary language subtag. */
export const LANGUAGES = ['en', 'uk', 'de', 'fr', 'es'] as const;

/** One of {@link LANGUAGES}. */
export type Language = (typeof LANGUAGES)[number];

/**
 * "Loading the quiz" in every language, in the main bundle: shown while a quiz's translation is
 * still on its way, so a reader never sees another language first.
 */
export const LOADING: Record<Language, string> = {
  en: 'Loading the quiz…',
  uk: 'Завантажуємо вікторину…',
  de: 'Das Quiz wird geladen …',
  fr: 'Chargement du quiz…',
  es: 'Cargando el cuestionario…',
};
