import { html, type TemplateResult } from 'lit';
import type { QuizMode } from '../../domain/attempt.js';
import type { Article } from '../../domain/bank.js';
import { say, type Strings } from '../strings.js';
import { articlesView } from './articles.js';

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
 * The start screen: the quiz's title, how many questions and the pass mark, what the mode means,
 * one Start button, then the articles the questions come from (not their summaries: a summary tells
 * what a quiz asks; the results show it).
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
    ${articlesView(s, d.articles, d.locale, false)}
  </section>
`;
