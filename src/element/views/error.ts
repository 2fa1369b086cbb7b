import { html, type TemplateResult } from 'lit';
import { format, type Strings } from '../strings.js';

/** A problem as the validator reports it. */
export interface ShownProblem {
  path: string;
  message: string;
  line?: number;
  column?: number;
}

/** What went wrong while loading; `retry` is set for failures worth trying again (network). */
export interface LoadFailure {
  /** The heading, when not the usual "could not be loaded". */
  title?: string;
  message: string;
  problems: ShownProblem[];
  /** Said after the problems listed when there are more than these. */
  more?: string;
  retry: boolean;
}

const where = (s: Strings, p: ShownProblem): string =>
  p.line === undefined ? p.path || '/' : format(s.where, { path: p.path || '/', line: p.line, column: p.column ?? 1 });

/** A JSON path that wraps at its dots and commas on a narrow screen ("$.facts[3].slots" + "leader.entity"), not inside a name. */
const wrapping = (text: string): unknown[] => text.split(/(?<=[.,])/).map((piece, i) => (i ? html`<wbr />${piece}` : piece));

/** The error screen: what is wrong and where, and Try again for network failures. */
export const errorView = (s: Strings, failure: LoadFailure, onRetry: () => void): TemplateResult => html`
  <section part="error">
    <h2 tabindex="-1" data-focus>${failure.title ?? s.errorTitle}</h2>
    <p>${failure.message}</p>
    ${failure.problems.length
      ? html`<ul>
          ${failure.problems.map((p) => html`<li><code>${wrapping(where(s, p))}</code>: ${p.message}</li>`)}
        </ul>`
      : ''}
    ${failure.more ? html`<p>${failure.more}</p>` : ''}
    ${failure.retry ? html`<button part="button" @click=${onRetry}>${s.retry}</button>` : ''}
  </section>
`;
