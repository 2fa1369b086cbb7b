// The class's language: the element speaks the language of its lang attribute or the nearest lang
// above it (and follows a change), loads that language only when asked, formats numbers, plurals and
// dates in it, and lets the strings property override any message. Every shipped translation is
// complete (nothing left in English), its plurals are right, and nothing is cut off at 320 px.
import { expect, html, waitUntil } from '@open-wc/testing';
import { setViewport } from '@web/test-runner-commands';
import { QUESTION_KINDS } from '../../src/domain/question.js';
import { en } from '../../src/element/i18n/en.js';
import { LANGUAGES, languageFor, loadStrings, type Language } from '../../src/element/i18n/index.js';
import { withOverrides, type Strings } from '../../src/element/strings.js';
import type { NewsQuiz } from '../../src/element/news-quiz.js';
import { $, $$, SMALL, answer, button, click, current, quiz, screen, shows, submit, text, uniqueId } from './helpers.js';

/** Whether the quiz shows a button with exactly this text now. */
const hasButton = (el: NewsQuiz, label: string): boolean => $$<HTMLButtonElement>(el, 'button').some((b) => b.textContent!.trim() === label);

const REAL = '/questions/russia-ukraine-2024.json';
const ORDER_BANK = '/test/fixtures/generator-bank.json';

/** Every message of `s`, each made into text with the same sample values. */
function messages(s: Strings): Record<string, string> {
  const sample = { count: 7, n: 3, total: 10, mark: 60, right: 4, answered: 6, retry: 2, unit: '', item: '', first: '', last: '', answer: '', article: '', paragraph: 4, score: 7, max: 10, percent: 70, seed: '', questions: [] };
  const out: Record<string, string> = {};
  for (const [key, value] of Object.entries(s)) {
    if (key === 'lang') continue;
    if (typeof value === 'function') out[key] = (value as (v: typeof sample) => string)(sample);
    else if (typeof value === 'string') out[key] = value;
    else for (const [k, v] of Object.entries(value as Record<string, string>)) out[`${key}.${k}`] = v;
  }
  return out;
}

/**
 * Messages that may read as the English ones: the same word in the language (German "Test", French
 * "Mode"), or only slots and figures (French "7 questions").
 */
const SAME_AS_ENGLISH: Partial<Record<Language, string[]>> = {
  de: ['modes.test'],
  fr: ['questionCount', 'copyMode'],
};

const all = async (): Promise<[Language, Strings][]> => Promise.all(LANGUAGES.map(async (l) => [l, await loadStrings(l)] as [Language, Strings]));

describe('translations', () => {
  it('ships English, Ukrainian, German, French and Spanish, each complete: no message left in English', async () => {
    expect([...LANGUAGES]).to.deep.equal(['en', 'uk', 'de', 'fr', 'es']);
    const english = messages(en);
    for (const [lang, strings] of await all()) {
      expect(strings.lang).to.equal(lang);
      const own = messages(strings);
      expect(Object.keys(own).sort(), `${lang}: the same messages as English`).to.deep.equal(Object.keys(english).sort());
      if (lang === 'en') continue;
      for (const [key, value] of Object.entries(own)) {
        expect(value.trim(), `${lang}.${key} is empty`).to.not.equal('');
        if (SAME_AS_ENGLISH[lang]?.includes(key)) continue;
        expect(value.toLowerCase(), `${lang}.${key} reads as English: "${value}"`).to.not.equal(english[key]!.toLowerCase());
      }
      // Slots kept: a template names the same values as the English one.
      for (const [key, value] of Object.entries(en)) {
        const theirs = strings[key as keyof Strings];
        if (typeof value !== 'string' || typeof theirs !== 'string' || key === 'lang') continue;
        const slots = (t: string): string[] => (t.match(/\{\w+\}/g) ?? []).sort();
        expect(slots(theirs), `${lang}.${key} slots`).to.deep.equal(slots(value));
      }
    }
  });

  it('names every kind of question in every language', async () => {
    for (const [lang, strings] of await all()) {
      expect(Object.keys(strings.kinds).sort(), lang).to.deep.equal([...QUESTION_KINDS].sort());
      expect(new Set(Object.values(strings.kinds)).size, `${lang}: seven different names`).to.equal(QUESTION_KINDS.length);
    }
  });

  it('plurals: Ukrainian one, few and many forms for 1, 2, 5, 21, 22, 25, 111 and a fraction', async () => {
    const uk = await loadStrings('uk');
    const count = (n: number): string => (uk.questionCount as (v: { count: number }) => string)({ count: n });
    const score = (n: number): string => (uk.score as (v: { score: number; max: number; percent: number }) => string)({ score: n, max: 30, percent: 0 });
    expect([1, 2, 5, 21, 22, 25, 111].map(count)).to.deep.equal([
      '1 запитання',
      '2 запитання',
      '5 запитань',
      '21 запитання',
      '22 запитання',
      '25 запитань',
      '111 запитань',
    ]);
    expect([1, 2, 5, 21, 22, 25, 11, 0, 2.5].map(score)).to.deep.equal([
      '1 бал з 30',
      '2 бали з 30',
      '5 балів з 30',
      '21 бал з 30',
      '22 бали з 30',
      '25 балів з 30',
      '11 балів з 30',
      '0 балів з 30',
      '2,5 бала з 30',
    ]);
  });

  it('plurals and numbers in English, German, French and Spanish', async () => {
    const say = (s: Strings, score: number): string => (s.score as (v: { score: number; max: number; percent: number }) => string)({ score, max: 2, percent: 0 });
    const count = (s: Strings, n: number): string => (s.questionCount as (v: { count: number }) => string)({ count: n });
    const [, , de, fr, es] = (await all()).map(([, s]) => s);
    expect([0, 1, 2, 1.5].map((n) => say(en, n))).to.deep.equal(['0 points out of 2', '1 point out of 2', '2 points out of 2', '1.5 points out of 2']);
    expect([1, 2, 21].map((n) => count(en, n))).to.deep.equal(['1 question', '2 questions', '21 questions']);
    expect([0, 1, 2, 1.5].map((n) => say(de!, n))).to.deep.equal(['0 Punkte von 2', '1 Punkt von 2', '2 Punkte von 2', '1,5 Punkte von 2']);
    expect([1, 2].map((n) => count(de!, n))).to.deep.equal(['1 Frage', '2 Fragen']);
    // French counts 0 and 1,5 in the singular.
    expect([0, 1, 2, 1.5].map((n) => say(fr!, n))).to.deep.equal(['0 point sur 2', '1 point sur 2', '2 points sur 2', '1,5 point sur 2']);
    expect([0, 1, 2, 1.5].map((n) => say(es!, n))).to.deep.equal(['0 puntos de 2', '1 punto de 2', '2 puntos de 2', '1,5 puntos de 2']);
    expect([1, 2].map((n) => count(es!, n))).to.deep.equal(['1 pregunta', '2 preguntas']);
  });

  it('reads the |-separated kinds and copy labels of earlier versions, in their documented order', () => {
    const s = withOverrides(en, { kinds: 'Auswahl|Wahr/falsch|Zuordnen|Ordnen|Zahl|Lücke|Kurz', copyLabels: 'Punkte|Code' });
    // The seven kinds of earlier versions, by place; the kinds added since keep their own names.
    expect(s.kinds).to.deep.equal({ ...en.kinds, choice: 'Auswahl', truefalse: 'Wahr/falsch', match: 'Zuordnen', order: 'Ordnen', number: 'Zahl', cloze: 'Lücke', text: 'Kurz' });
    expect([s.copyScore, s.copySeed, s.copyGiven]).to.deep.equal(['Punkte', 'Code', 'Given']);
    expect(withOverrides(en, { kinds: { cloze: 'Lücke' } }).kinds).to.deep.equal({ ...en.kinds, cloze: 'Lücke' });
  });

  it('picks the shipped language from a tag: uk-UA is Ukrainian, pt and nonsense are English', () => {
    expect(['uk-UA', 'UK', 'de-AT', 'fr-CA', 'es-419', 'en-GB', 'pt-BR', '', 'x'].map(languageFor)).to.deep.equal(['uk', 'uk', 'de', 'fr', 'es', 'en', 'en', 'en', 'en']);
  });
});

describe('news-quiz: the class\'s language', () => {
  afterEach(() => setViewport({ width: 800, height: 600 }));

  it('speaks the language of its lang attribute, with dates in it; the questions stay in the bank\'s language', async () => {
    const el = await quiz(html`<news-quiz lang="uk" id=${uniqueId('uk')} src=${SMALL} seed="uk" count="3"></news-quiz>`, 'start');
    expect(text(el)).to.contain('3 запитання').and.to.contain('Прохідний поріг: 60%').and.to.contain('За матеріалами статей');
    expect($(el, 'time').textContent).to.equal('19 червня 2024 р.');
    // The bank's own words are not translated.
    expect($(el, 'h2').textContent).to.equal('A small quiz for the element tests');
    await click(el, button(el, 'Почати вікторину'));
    expect($(el, 'h2').textContent).to.equal('Запитання 1 з 3');
    await submit(el);
    expect($(el, '[part="hint"]').textContent).to.contain('Спершу дайте відповідь.');
    await answer(el, true);
    await submit(el);
    expect($(el, '[part="feedback"]').textContent).to.contain('Правильно');
    expect($(el, '.tally').textContent).to.equal('Правильно: 1 з 1');
    await expect(el).to.be.accessible();
    await click(el, button(el, 'Наступне запитання'));
    await answer(el, false);
    await submit(el);
    await click(el, button(el, 'Наступне запитання'));
    await answer(el, false);
    await submit(el);
    await click(el, button(el, 'Переглянути результати'));
    // The results screen is a part fetched apart; it may arrive after the last answer.
    await shows(el, 'results');
    expect(screen(el)).to.equal('results');
    expect(text(el)).to.contain('Ваш результат').and.to.contain('1 бал з 3').and.to.contain('Поки що не складено').and.to.contain('За типами запитань');
    const kinds = el.result!.byKind.map((t) => t.key);
    const chart = $$(el, '.chart')[1]!;
    expect([...chart.querySelectorAll('.label')].map((l) => l.textContent)).to.deep.equal(kinds.map((k) => ({ text: 'Коротка відповідь', number: 'Число', cloze: 'Пропущене слово', truefalse: 'Правда чи неправда', choice: 'Вибір відповіді', match: 'Відповідності', order: 'Послідовність', support: 'Яке твердження правильне', claim: 'Хто що сказав', reason: 'Причини', sequence: 'Порядок подій' })[k]));
    expect($(el, '.percent').textContent).to.equal('33%');
    await expect(el).to.be.accessible();

    let copied = '';
    const clipboard = navigator.clipboard;
    const original = clipboard.writeText;
    clipboard.writeText = async (t: string) => void (copied = t);
    try {
      await click(el, button(el, 'Скопіювати результати'));
      await new Promise((r) => setTimeout(r));
    } finally {
      clipboard.writeText = original;
    }
    expect(copied.split('\n').slice(1, 4)).to.deep.equal(['Результат: 1 / 3 (33%)', 'Код вікторини: uk', 'Режим: тренування']);
    expect(copied.split('\n')[4]).to.match(/^Завершено: .*\d{4}/);
  });

  it('takes the nearest lang above it, across a shadow root, and follows a change of it', async () => {
    // Built by hand, not with fixture(): a plain <div> fixture waits for an animation frame, which a
    // background tab (tests run two pages at once) may never give.
    const box = document.createElement('div');
    box.lang = 'de';
    box.innerHTML = `<news-quiz id="${uniqueId('de')}" src="${SMALL}" seed="de" count="2"></news-quiz>`;
    document.body.append(box);
    const el = box.querySelector('news-quiz')!;
    await shows(el, 'start');
    expect(button(el, 'Quiz starten')).to.exist;
    expect(text(el)).to.contain('2 Fragen').and.to.contain('Bestanden ab 60 %');
    box.setAttribute('lang', 'es-ES');
    await shows(el, 'start');
    // The Spanish words are fetched: wait for them (a busy machine may take longer than any fixed pause).
    await waitUntil(() => hasButton(el, 'Empezar el cuestionario'), 'the start button in Spanish', { timeout: 10000 });
    expect($(el, 'time').textContent).to.equal('19 de junio de 2024');
    box.removeAttribute('lang');
    await new Promise((r) => setTimeout(r));
    await el.updateComplete;
    expect(button(el, 'Start the quiz')).to.exist;

    const host = document.createElement('div');
    host.setAttribute('lang', 'fr');
    host.attachShadow({ mode: 'open' }).innerHTML = `<news-quiz id="${uniqueId('fr')}" src="${SMALL}" seed="fr" count="2"></news-quiz>`;
    document.body.append(host);
    const inner = host.shadowRoot!.querySelector('news-quiz')!;
    await shows(inner, 'start');
    expect(button(inner, 'Commencer le quiz')).to.exist;
    host.setAttribute('lang', 'uk');
    await waitUntil(() => hasButton(inner, 'Почати вікторину'), 'the start button in Ukrainian', { timeout: 10000 });
    host.remove();
    box.remove();
  });

  it('the strings property still overrides any message, over the language\'s own', async () => {
    const el = await quiz(
      html`<news-quiz lang="uk" id=${uniqueId('override')} src=${SMALL} seed="o" count="2" .strings=${{ start: 'Уперед!', kinds: { number: 'Цифри' } }}></news-quiz>`,
      'start',
    );
    await click(el, button(el, 'Уперед!'));
    expect($(el, 'h2').textContent).to.equal('Запитання 1 з 2');
  });

  it('shows "loading" in the quiz\'s own language, never in English, while its words are on their way', async () => {
    const el = document.createElement('news-quiz');
    el.lang = 'es';
    el.id = uniqueId('loading-es');
    el.setAttribute('src', SMALL);
    el.count = 2;
    document.body.append(el);
    await el.updateComplete;
    if (screen(el) === '') expect(text(el)).to.contain('Cargando el cuestionario…');
    await shows(el, 'start');
    expect(button(el, 'Empezar el cuestionario')).to.exist;
    el.remove();
  });

  for (const lang of LANGUAGES) {
    it(`${lang}: nothing cut off or scrolling sideways at 320 px, on every screen`, async () => {
      await setViewport({ width: 320, height: 640 });
      const shown: string[] = [];
      const check = (el: NewsQuiz): void => {
        shown.push(screen(el));
        expect(document.scrollingElement!.scrollWidth, 'page scrolls sideways').to.be.at.most(innerWidth);
        for (const node of el.shadowRoot!.querySelectorAll<HTMLElement>('*')) {
          if (getComputedStyle(node).clipPath !== 'none' || node.closest('svg')) continue; // text only for screen readers; the ring
          const what = `${lang} ${node.tagName} "${node.textContent!.trim().slice(0, 40)}"`;
          expect(node.scrollWidth, `${what} is cut off`).to.be.at.most(node.clientWidth + 1);
          expect(node.getBoundingClientRect().right, `${what} sticks out`).to.be.at.most(el.getBoundingClientRect().right + 0.5);
        }
      };
      for (const [kinds, src, count] of [
        ['truefalse choice number', REAL, 3],
        ['match cloze text', REAL, 3],
        ['support claim reason sequence', REAL, 4],
        ['order', ORDER_BANK, 1],
      ] as const) {
        const el = await quiz(html`<news-quiz lang=${lang} id=${uniqueId(`narrow-${lang}`)} src=${src} seed="narrow" count=${count} kinds=${kinds}></news-quiz>`, 'start');
        check(el);
        await click(el, $$<HTMLButtonElement>(el, 'button')[0]!);
        for (let i = 0; i < 3 && screen(el) === 'question'; i += 1) {
          check(el);
          // The hint for no answer (an arrangement to order is an answer as it stands).
          // An arrangement (order, sequence) is an answer as it stands: no hint for none.
          if (!('items' in current(el))) {
            await submit(el);
            check(el);
          }
          await answer(el, i % 2 === 0);
          await submit(el);
          check(el);
          await click(el, $(el, '[data-next]'));
        }
        check(el);
        for (const details of $$<HTMLDetailsElement>(el, 'details')) details.open = true;
        await el.updateComplete;
        check(el);
        el.remove();
      }
      expect(new Set(shown)).to.deep.equal(new Set(['start', 'question', 'results']));
    });
  }
});
