import { html, type TemplateResult } from 'lit';
import type { Article } from '../../domain/bank.js';
import { renderDate } from '../../domain/dates.js';
import { format, type Strings } from '../strings.js';

/** What the start screen shows. */
export interface StartData {
  title: string;
  /** The articles the quiz's questions come from. */
  articles: Article[];
  /** How many questions the quiz has. */
  count: number;
  /** Says the bank makes fewer questions than asked for; empty when it made them all. */
  fewer?: string;
}

/** A date as the page gave it, written as the questions write dates ("19 June 2024", "June 2024"). */
export const showDate = (date: string): TemplateResult => html`<time datetime=${date}>${renderDate(date)}</time>`;

/** The start screen: the quiz's title, the articles it draws on, the number of questions, Start. */
export const startView = (s: Strings, data: StartData, onStart: () => void): TemplateResult => html`
  <section part="start">
    <h2 tabindex="-1" data-focus>${data.title}</h2>
    <p>${s.draws}</p>
    <ul>
      ${data.articles.map(
        (a) => html`<li>
          <cite>${a.title}</cite>${a.site ? html`, ${a.site}` : ''}${a.date ? html`, ${showDate(a.date)}` : ''}
        </li>`,
      )}
    </ul>
    <p>${format(s.questionCount, { count: data.count })}</p>
    ${data.fewer ? html`<p class="fewer">${data.fewer}</p>` : ''}
    <button part="button" @click=${onStart}>${s.start}</button>
  </section>
`;
