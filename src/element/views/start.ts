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
  /** Says the bank makes fewer questions than asked for; empty when it made them all. */
  fewer?: string;
}

/**
 * A date as the page gave it, in the element's language: a full ISO date as a long date
 * ("19 June 2024", "19. Juni 2024"), a month as month and year, anything else as given.
 */
export const showDate = (date: string, locale?: string): TemplateResult => {
  const month = /^\d{4}-\d\d$/.test(date);
  const style: Intl.DateTimeFormatOptions | null = /^\d{4}-\d\d-\d\d$/.test(date) ? { dateStyle: 'long' } : month ? { year: 'numeric', month: 'long' } : null;
  const time = style ? Date.parse(month ? `${date}-01` : date) : NaN;
  return html`<time datetime=${date}>${Number.isNaN(time) ? date : new Intl.DateTimeFormat(locale, { ...style, timeZone: 'UTC' }).format(time)}</time>`;
};

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
    ${d.fewer ? html`<p class="fewer">${d.fewer}</p>` : ''}
    <p>${s.modeInfo[d.mode]}</p>
    <button part="button" class="primary large" @click=${onStart}>${s.start}</button>
    <div part="articles">
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
    </div>
  </section>
`;
