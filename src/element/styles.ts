/**
 * The look of `<news-quiz>`. Public theme properties (`--news-quiz-*`) are
 * read with a fallback and never declared here, so a page's `:root` can set
 * them; the private `--_*` copies only pick the fallback for the colour scheme.
 * Layout follows the element's own width (container queries), not the window's.
 */
import { unsafeCSS, type CSSResult } from 'lit';

/**
 * Lit's `css` for a stylesheet with no `${}` values (TypeScript refuses any, as this takes only
 * the strings): the same CSSResult from our own constant text, without the check of interpolated
 * values that `css` would add to the bundle.
 */
export const css = (strings: TemplateStringsArray): CSSResult => unsafeCSS(strings[0]);

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
    --_soft: color-mix(in srgb, var(--_line) 45%, transparent);
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
    container-type: inline-size;
    color-scheme: light;
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
      color-scheme: dark;
    }
  }
  @container (min-width: 34rem) {
    section {
      padding: 0.5rem;
    }
  }
  :host([hidden]) {
    display: none;
  }
  *,
  ::before,
  ::after {
    box-sizing: inherit;
  }
  h2,
  h3 {
    margin: 0 0 0.5rem;
    line-height: 1.25;
    font-size: 1.45rem;
  }
  h3 {
    font-size: 1.05rem;
    margin-top: 1.5rem;
  }
  p,
  ul,
  ol {
    margin: 0 0 0.75rem;
  }
  ul,
  ol {
    padding: 0;
    list-style: none;
  }
  [part='error'] ul {
    padding-left: 1.25rem;
    list-style: disc;
  }
  :focus-visible,
  label:has(:focus-visible) {
    outline: 3px solid var(--_accent);
    outline-offset: 2px;
  }
  button,
  input {
    font: inherit;
    color: inherit;
  }
  button {
    min-height: 2.75rem;
    padding: 0.5rem 1rem;
    border: 2px solid var(--_accent);
    border-radius: var(--_radius);
    background: none;
    color: var(--_accent);
    font-weight: 600;
    cursor: pointer;
  }
  .primary {
    background: var(--_accent);
    color: var(--_on-accent);
  }
  .large {
    min-height: 3.25rem;
    padding: 0.75rem 1.75rem;
    font-size: 1.1rem;
  }
  [aria-disabled='true'] {
    opacity: 0.45;
    cursor: default;
  }
  input[type='text'] {
    min-height: 2.75rem;
    width: 100%;
    padding: 0.4rem 0.6rem;
    border: 1px solid var(--_line);
    border-radius: calc(var(--_radius) / 2);
    background: var(--_bg);
  }
  fieldset {
    margin: 0 0 1rem;
    padding: 0;
    border: 0;
    min-width: 0;
  }
  label {
    display: block;
  }
  .muted,
  .note {
    color: var(--_muted);
  }
  .small {
    font-size: 0.9rem;
  }

  /* The start screen. */
  .facts {
    display: flex;
    flex-wrap: wrap;
    gap: 0 1.25rem;
    color: var(--_muted);
    font-weight: 600;
  }
  [part='start'] > button {
    margin: 0.25rem 0 0.5rem;
  }
  /* On a phone: the main button as wide as the quiz, the buttons of a row as wide as it together, and a little less padding around options. */
  @container (max-width: 30rem) {
    [part='start'] > button,
    form > button {
      width: 100%;
    }
    .actions > button {
      flex: 1 1 auto;
    }
    .option,
    .chip {
      padding-inline: 0.75rem;
    }
    .pair {
      padding-inline: 0.5rem;
    }
  }
  .articles {
    display: grid;
    gap: 0.75rem;
  }
  .articles li {
    padding: 0.75rem 1rem;
    border: 1px solid var(--_soft);
    border-radius: var(--_radius);
  }
  .articles cite {
    font-style: normal;
    font-weight: 700;
  }
  .articles p {
    margin: 0.25rem 0 0;
  }

  /* A question: the counter small, the question large, options as cards. */
  .top {
    display: flex;
    flex-wrap: wrap;
    justify-content: space-between;
    align-items: baseline;
    column-gap: 1rem;
  }
  .counter,
  .tally,
  .retrying {
    margin: 0;
    font-size: 0.95rem;
    font-weight: 600;
  }
  .counter {
    color: var(--_muted);
  }
  .story {
    margin: 0.75rem 0 0.25rem;
  }
  .retrying {
    color: var(--_accent);
  }
  .prompt {
    padding: 0;
    margin-bottom: 1rem;
    font-size: 1.3rem;
    font-weight: 700;
    line-height: 1.3;
  }
  .sentence {
    font-size: 1.1rem;
  }
  .options,
  .order {
    display: grid;
    gap: 0.6rem;
  }
  /* A matching question's options: full-width cards, one under another as a choice's are, never a ragged row. */
  .chips {
    display: grid;
    gap: 0.5rem;
  }
  .option,
  .chip,
  .order li {
    display: flex;
    flex-wrap: wrap;
    gap: 0.25rem 0.75rem;
    align-items: center;
    min-height: 3.25rem;
    padding: 0.7rem 1rem;
    border: 2px solid var(--_soft);
    border-radius: var(--_radius);
    cursor: pointer;
  }
  .chip {
    min-height: 2.75rem;
    padding: 0.4rem 0.75rem;
  }
  .order li {
    padding: 0.35rem 0.35rem 0.35rem 0.75rem;
    cursor: auto;
  }
  .text {
    flex: 1 1 8rem;
    min-width: 0;
  }
  fieldset:enabled label:hover {
    border-color: var(--_accent);
  }
  label:has(:checked) {
    border-color: var(--_accent);
    background: color-mix(in srgb, var(--_accent) 10%, var(--_bg));
  }
  label input {
    width: 1.25rem;
    height: 1.25rem;
    margin: 0;
    accent-color: var(--_accent);
    flex: none;
  }
  fieldset:disabled label {
    cursor: default;
  }
  .right {
    --_state: var(--_right);
  }
  .wrong,
  .partly {
    --_state: var(--_wrong);
  }
  label.right,
  label.wrong,
  .item.right,
  .item.wrong,
  .pair.right,
  .pair.wrong {
    border-color: var(--_state);
    background: color-mix(in srgb, var(--_state) 9%, var(--_bg));
  }
  .other {
    opacity: 0.7;
  }
  .mark {
    font-weight: 700;
    font-size: 0.95rem;
    color: var(--_state);
  }
  label .mark {
    margin-left: auto;
  }
  .marks {
    margin: 0.4rem 0 0;
  }
  input.right,
  input.wrong {
    border: 2px solid var(--_state);
  }
  .pair {
    margin: 0 0 0.75rem;
    padding: 0.25rem 0.75rem 0.75rem;
    border: 2px solid var(--_soft);
    border-radius: var(--_radius);
  }
  fieldset.pair {
    background: none;
  }
  .pair legend {
    padding: 0 0.25rem;
    font-weight: 700;
  }
  .order {
    counter-reset: place;
  }
  .order li {
    counter-increment: place;
  }
  .order .text::before {
    content: counter(place) '. ';
    font-weight: 700;
  }
  .order button {
    min-width: 2.75rem;
    padding: 0.25rem 0.5rem;
  }
  .hint {
    padding: 0.5rem 0.75rem;
    border-radius: var(--_radius);
    background: color-mix(in srgb, var(--_wrong) 10%, var(--_bg));
    color: var(--_wrong);
    font-weight: 700;
  }
  .verdict,
  .retries,
  .note {
    margin: 0 0 1rem;
    padding: 0.75rem 1rem;
    border-left: 0.4rem solid var(--_state);
    border-radius: var(--_radius);
    background: color-mix(in srgb, var(--_state) 9%, var(--_bg));
  }
  .verdict > :last-child,
  .retries p {
    margin-bottom: 0;
  }
  .verdict-word {
    /* Brought to the bottom of the view after a check: a little room below it, never a pixel cut off. */
    scroll-margin-bottom: 0.75rem;
    margin-bottom: 0.35rem;
    font-size: 1.2rem;
    font-weight: 800;
    color: var(--_state);
  }
  .answer {
    font-weight: 700;
  }
  .bar {
    height: 0.5rem;
    margin: 0.35rem 0 1.25rem;
    border-radius: 0.25rem;
    background: color-mix(in srgb, var(--_line) 35%, transparent);
    overflow: hidden;
  }
  .bar > div {
    height: 100%;
    background: var(--_accent);
    transition: width 0.3s ease;
  }

  /* The results (the rest of their look comes with their part: results-styles.ts). */
  .summary {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5rem 1.5rem;
    align-items: center;
  }
  .note {
    --_state: var(--_line);
    padding: 0.5rem 0.75rem;
    margin-bottom: 0.75rem;
    font-size: 0.95rem;
  }
  .note[hidden] {
    display: none;
  }
  .sr {
    position: absolute;
    width: 1px;
    height: 1px;
    overflow: hidden;
    clip-path: inset(50%);
    white-space: nowrap;
  }
  /* Forced colours drop backgrounds: the bars and the picked option keep a system colour. */
  @media (forced-colors: active) {
    .bar {
      border: 1px solid CanvasText;
    }
    .bar > div {
      forced-color-adjust: none;
      background: Highlight;
    }
    label:has(:checked) {
      border-color: Highlight;
    }
  }
  /* On paper: the result and the review without buttons, no answer cut across pages, the bars in colour. */
  @media print {
    button,
    .send h3 {
      display: none;
    }
    .review li {
      break-inside: avoid;
    }
    .bar,
    .ring {
      print-color-adjust: exact;
    }
  }
  @media (prefers-reduced-motion: reduce) {
    .bar > div {
      transition: none;
    }
  }
`;
