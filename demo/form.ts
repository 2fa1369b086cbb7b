/**
 * The quiz settings form the self-check page and the teacher's page share: fills its fields from
 * the settings and reads them back. A page may leave out fields (the self-check page has no
 * language or pass mark); those settings are kept as they were.
 */
import type { QuestionKind } from '../src/domain/question.js';
import type { Language } from '../src/element/i18n/loading.js';
import { newSeed } from './page.js';
import { MAX_COUNT, quizCount, quizSeed, type QuizSettings } from './settings.js';

/** The form's two ways: settings into fields, fields into settings. */
export interface SettingsForm {
  fill(settings: QuizSettings): void;
  read(): QuizSettings;
}

/** Binds `form`; `changed` gets the settings each time the reader changes a field or asks for a new code. */
export function settingsForm(form: HTMLFormElement, initial: QuizSettings, changed: (settings: QuizSettings) => void): SettingsForm {
  let settings = initial;
  const field = <T extends Element>(selector: string): T | null => form.querySelector<T>(selector);
  const checked = (name: string): string[] => [...form.querySelectorAll<HTMLInputElement>(`input[name="${name}"]:checked`)].map((input) => input.value);
  const count = field<HTMLInputElement>('[name="count"]');
  if (count) count.max = String(MAX_COUNT);

  function fill(next: QuizSettings): void {
    settings = next;
    field<HTMLInputElement>('[name="seed"]')!.value = next.seed;
    if (count) count.value = String(next.count);
    for (const radio of form.querySelectorAll<HTMLInputElement>('input[name="mode"]')) radio.checked = radio.value === next.mode;
    for (const box of form.querySelectorAll<HTMLInputElement>('input[name="kinds"]')) box.checked = next.kinds?.includes(box.value as QuestionKind) ?? false;
    for (const box of form.querySelectorAll<HTMLInputElement>('input[name="articles"]')) box.checked = next.articles?.includes(box.value) ?? false;
    const difficulty = field<HTMLSelectElement>('[name="difficulty"]');
    if (difficulty) difficulty.value = next.difficulty ? String(next.difficulty) : '';
    const lang = field<HTMLSelectElement>('[name="lang"]');
    if (lang) lang.value = next.lang ?? '';
    const pass = field<HTMLInputElement>('[name="pass"]');
    if (pass) pass.value = next.passMark === undefined ? '' : String(next.passMark);
    const more = field<HTMLDetailsElement>('details.more');
    if (more && (next.kinds?.length || next.articles?.length || next.difficulty)) more.open = true;
  }

  function read(): QuizSettings {
    const difficulty = Number(field<HTMLSelectElement>('[name="difficulty"]')?.value ?? settings.difficulty ?? '');
    const kinds = checked('kinds') as QuestionKind[];
    const articles = checked('articles');
    const lang = field<HTMLSelectElement>('[name="lang"]');
    const pass = field<HTMLInputElement>('[name="pass"]');
    const passMark = pass ? (pass.value.trim() === '' ? NaN : Number(pass.value)) : (settings.passMark ?? NaN);
    const { kinds: _k, difficulty: _d, articles: _a, lang: _l, passMark: _p, ...rest } = settings;
    settings = {
      ...rest,
      seed: quizSeed(field<HTMLInputElement>('[name="seed"]')!.value) || settings.seed,
      count: quizCount(count?.value ?? settings.count),
      mode: checked('mode')[0] === 'test' ? 'test' : 'practice',
      ...(kinds.length ? { kinds } : {}),
      ...(difficulty === 1 || difficulty === 2 || difficulty === 3 ? { difficulty } : {}),
      ...(articles.length ? { articles } : {}),
      ...((lang ? lang.value : settings.lang) ? { lang: (lang ? lang.value : settings.lang) as Language } : {}),
      ...(Number.isInteger(passMark) && passMark >= 0 && passMark <= 100 ? { passMark } : {}),
    };
    return settings;
  }

  form.addEventListener('change', () => changed(read()));
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    changed(read());
  });
  form.querySelector('#new-seed')?.addEventListener('click', () => {
    field<HTMLInputElement>('[name="seed"]')!.value = newSeed();
    changed(read());
  });
  fill(initial);
  return { fill, read };
}
