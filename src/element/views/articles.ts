import { html, type TemplateResult } from 'lit';
import type { Article } from '../../domain/bank.js';
import type { Strings } from '../strings.js';

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
 * The articles a quiz's questions come from: title, site and date; with their summaries only
 * where the answers are given (the results), for a summary tells what the questions ask.
 */
export const articlesView = (s: Strings, articles: readonly Article[], locale: string, summaries: boolean): TemplateResult => html`
  <div part="articles">
    <h3>${s.draws}</h3>
    <ul class="articles">
      ${articles.map(
        (a) => html`<li>
          <cite>${a.title}</cite>
          ${a.site || a.date ? html`<p class="muted small">${a.site ?? ''}${a.site && a.date ? ' · ' : ''}${a.date ? showDate(a.date, locale) : ''}</p>` : ''}
          ${summaries && a.summary ? html`<p class="gist">${a.summary}</p>` : ''}
        </li>`,
      )}
    </ul>
  </div>
`;
