/**
 * The look of `<news-quiz>`. Public theme properties (`--news-quiz-*`) are
 * read with a fallback and never declared here, so a page's `:root` can set
 * them; the private `--_*` copies only pick the fallback for the colour scheme.
 */
import { unsafeCSS, type CSSResult } from 'lit';

/**
 * Lit's `css` for a stylesheet with no `${}` values (TypeScript refuses any, as this takes only
 * the strings): the same CSSResult from our own constant text, without the check of interpolated
 * values that `css` would add to the bundle.
 */
const css = (strings: TemplateStringsArray): CSSResult => unsafeCSS(strings[0]);

export const styles = css`
  :host {
    --_accent: var(--news-quiz-accent, #0b57d0);
    --_on-accent: var(--news-quiz-on-accent, #fff);
    --_text: var(--news-quiz-text, #1f1f1f);
    --_muted: var(--news-quiz-muted, #555);
    --_bg: var(--news-quiz-background, #fff);
    --_line: var(--news-quiz-border, #8a8a8a);
    --_right: var(--news-quiz-right, #146c2e);
    --_wrong: var(--news-quiz-wrong, #b3261e);
    --_radius: var(--news-quiz-radius, 8px);
    display: block;
    box-sizing: border-box;
    max-width: 48rem;
    padding: 1rem;
    border: 1px solid var(--_line);
    border-radius: var(--_radius);
    background: var(--_bg);
    color: var(--_text);
    font: 1rem/1.5 var(--news-quiz-font, system-ui, sans-serif);
    overflow-wrap: anywhere;
  }
  @media (prefers-color-scheme: dark) {
    :host {
      --_accent: var(--news-quiz-accent, #a8c7fa);
      --_on-accent: var(--news-quiz-on-accent, #062e6f);
      --_text: var(--news-quiz-text, #e3e3e3);
      --_muted: var(--news-quiz-muted, #c4c4c4);
      --_bg: var(--news-quiz-background, #1b1b1f);
      --_line: var(--news-quiz-border, #8e8e8e);
      --_right: var(--news-quiz-right, #6dd58c);
      --_wrong: var(--news-quiz-wrong, #ffb4ab);
    }
  }
  :host([hidden]) {
    display: none;
  }
  *,
  *::before,
  *::after {
    box-sizing: inherit;
  }
  h2,
  h3 {
    margin: 0 0 0.5rem;
    line-height: 1.25;
  }
  h2 {
    font-size: 1.3rem;
  }
  h3 {
    font-size: 1.05rem;
  }
  p,
  ul,
  ol {
    margin: 0 0 0.75rem;
  }
  :focus-visible {
    outline: 3px solid var(--_accent);
    outline-offset: 2px;
  }
  button,
  select,
  input {
    font: inherit;
    color: inherit;
  }
  button {
    min-height: 2.75rem;
    padding: 0.5rem 1rem;
    border: 2px solid var(--_accent);
    border-radius: var(--_radius);
    background: var(--_accent);
    color: var(--_on-accent);
    cursor: pointer;
  }
  button.quiet,
  .order button {
    background: transparent;
    color: var(--_accent);
  }
  button[aria-disabled='true'] {
    opacity: 0.45;
    cursor: default;
  }
  input[type='text'],
  select {
    min-height: 2.75rem;
    max-width: 100%;
    padding: 0.4rem 0.6rem;
    border: 1px solid var(--_line);
    border-radius: calc(var(--_radius) / 2);
    background: var(--_bg);
  }
  input[type='text'] {
    width: 100%;
  }
  fieldset {
    margin: 0 0 1rem;
    padding: 0;
    border: 0;
    min-width: 0;
  }
  legend {
    padding: 0;
    margin-bottom: 0.75rem;
    font-size: 1.15rem;
    font-weight: 600;
  }
  label {
    display: block;
  }
  .option {
    display: flex;
    gap: 0.6rem;
    align-items: flex-start;
    padding: 0.6rem 0.75rem;
    margin-bottom: 0.5rem;
    border: 1px solid var(--_line);
    border-radius: var(--_radius);
    cursor: pointer;
  }
  .option:has(:checked) {
    border-color: var(--_accent);
    box-shadow: inset 0 0 0 1px var(--_accent);
  }
  .option input {
    margin: 0.3rem 0 0;
    accent-color: var(--_accent);
    flex: none;
  }
  .row {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5rem;
    align-items: center;
    margin: 0 0 0.75rem;
  }
  .row > :first-child {
    flex: 1 1 10rem;
  }
  .row select {
    flex: 2 1 14rem;
    min-width: 0;
  }
  .order {
    padding: 0;
    list-style: none;
    counter-reset: place;
  }
  .order li {
    counter-increment: place;
    padding: 0.35rem 0.35rem 0.35rem 0.75rem;
    border: 1px solid var(--_line);
    border-radius: var(--_radius);
  }
  .option b {
    margin-left: auto;
    color: var(--_right);
  }
  .order span::before {
    content: counter(place) '. ';
    font-weight: 600;
  }
  .order button {
    min-width: 2.75rem;
    padding: 0.25rem 0.5rem;
  }
  .muted,
  .note {
    color: var(--_muted);
  }
  .note {
    font-size: 0.9rem;
    margin: 0.75rem 0 0;
  }
  .bar {
    height: 0.5rem;
    margin: 0.25rem 0 1rem;
    border-radius: 0.25rem;
    background: color-mix(in srgb, var(--_line) 35%, transparent);
    overflow: hidden;
  }
  .bar > div {
    height: 100%;
    background: var(--_accent);
    transition: width 0.3s ease;
  }
  .verdict {
    margin: 0 0 0.75rem;
    padding: 0.75rem 1rem;
    border-left: 0.35rem solid var(--_wrong);
    border-radius: var(--_radius);
    background: color-mix(in srgb, var(--_wrong) 8%, var(--_bg));
  }
  .verdict.right {
    border-color: var(--_right);
    background: color-mix(in srgb, var(--_right) 8%, var(--_bg));
  }
  .verdict strong {
    color: var(--_wrong);
  }
  .verdict.right strong {
    color: var(--_right);
  }
  .score {
    font-size: 1.5rem;
    font-weight: 700;
  }
  .actions {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5rem;
    margin-top: 1rem;
  }
  .chart {
    padding: 0;
    list-style: none;
  }
  .chart .bar {
    margin: 0.15rem 0 0.5rem;
  }
  .review li {
    margin-bottom: 0.75rem;
  }
  .sr {
    position: absolute;
    width: 1px;
    height: 1px;
    overflow: hidden;
    clip-path: inset(50%);
    white-space: nowrap;
  }
  @media (prefers-reduced-motion: reduce) {
    .bar > div {
      transition: none;
    }
  }
`;
