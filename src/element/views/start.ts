import { html, type TemplateResult } from 'lit';
import type { QuizMode } from '../../domain/attempt.js';
import type { Article } from '../../domain/bank.js';
import { say, type Strings } from '../strings.js';

/** What the start screen shows. */
export interface StartData {
  title: string;
  /** The articles the quiz's questions come from. */
  articles: Article[];
  /** How many questions the quiz has. */
  count: number;
  mode: QuizMode;
  passMark: number;
  /** The element's language, for dates. */
  locale: string;
}

/** A date as the page gave it: a full ISO date reads as a long date in `locale`, a month or a year as given. */
export const showDate = (date: string, locale?: string): TemplateResult =>
  html`<time datetime=${date}
    >${/^\d{4}-\d\d-\d\d$/.test(date)
      ? new Intl.DateTimeFormat(locale, { dateStyle: 'long', timeZone: 'UTC' }).format(Date.parse(date))
      : date}</time
  >`;

/**
 * The start screen: the quiz's title, how many questions and the pass mark, what the mode means,
 * one Start button, then the articles the questions come from with their summaries.
 */
export const startView = (s: Strings, d: StartData, onStart: () => void): TemplateResult => html`
  <section part="start">
    <h2 tabindex="-1" data-focus>${d.title}</h2>
    <p class="facts">
      <span>${say(s.questionCount, { count: d.count })}</span><span>${say(s.passMark, { mark: d.passMark })}</span>
    </p>
    <p>${s.modeInfo[d.mode]}</p>
    <button part="button" class="primary large" @click=${onStart}>${s.start}</button>
    <h3>${s.draws}</h3>
    <ul class="articles">
      ${d.articles.map(
        (a) => html`<li>
          <cite>${a.title}</cite>
          ${a.site || a.date
            ? html`<p class="muted small">${a.site ?? ''}${a.site && a.date ? ' · ' : ''}${a.date ? showDate(a.date, d.locale) : ''}</p>`
            : ''}
          ${a.summary ? html`<p class="summary">${a.summary}</p>` : ''}
        </li>`,
      )}
    </ul>
  </section>
`;
