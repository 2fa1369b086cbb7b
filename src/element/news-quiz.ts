import { LitElement, html, type TemplateResult } from 'lit';
import { customElement } from 'lit/decorators.js';

/** Placeholder until the element lands. */
@customElement('news-quiz')
export class NewsQuiz extends LitElement {
  override render(): TemplateResult {
    return html`<p>news-quiz</p>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'news-quiz': NewsQuiz;
  }
}
