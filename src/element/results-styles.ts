/**
 * The look of the results screen: the score's dial, the charts, the review of the answers, the
 * actions. It comes with the results screen's part (results-screen.ts), which a quiz loads while
 * the reader answers, and the element adds it to the styles of styles.ts in its shadow root.
 */
import { css } from './styles.js';

export const resultsStyles = css`
  .dial {
    display: grid;
    place-items: center;
    width: 8.5rem;
    height: 8.5rem;
  }
  .dial > * {
    grid-area: 1 / 1;
  }
  .ring circle {
    fill: none;
    stroke-width: 10;
  }
  .track {
    stroke: color-mix(in srgb, var(--_line) 35%, transparent);
  }
  .arc {
    stroke: var(--_accent);
    stroke-linecap: round;
  }
  .tick {
    stroke: var(--_text);
    stroke-width: 2.5;
  }
  .percent {
    margin: 0;
    font-size: 2rem;
    font-weight: 800;
  }
  .outcome {
    flex: 1 1 12rem;
  }
  .outcome p {
    margin: 0 0 0.25rem;
  }
  .points,
  .passed {
    font-size: 1.2rem;
    font-weight: 700;
  }
  .passed {
    font-weight: 800;
    color: var(--_state);
  }
  .retries {
    --_state: var(--_accent);
    margin-top: 1rem;
  }
  .actions {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5rem;
    margin-top: 1rem;
  }
  .send {
    margin-top: 1rem;
    border-top: 1px solid var(--_soft);
  }
  .send .actions {
    margin-top: 0.25rem;
  }
  .send input {
    flex: 1 1 12rem;
    width: auto;
  }
  .charts {
    display: grid;
    gap: 0 2rem;
  }
  @container (min-width: 36rem) {
    .charts {
      grid-template-columns: 1fr 1fr;
    }
  }
  .chart li {
    display: flex;
    flex-wrap: wrap;
    justify-content: space-between;
    column-gap: 1rem;
  }
  .value {
    margin-left: auto;
    color: var(--_muted);
  }
  .chart .bar {
    flex-basis: 100%;
    margin: 0.2rem 0 0.6rem;
  }
  .review {
    display: grid;
    gap: 0.5rem;
  }
  .review li {
    border: 1px solid var(--_soft);
    border-left: 0.35rem solid var(--_state);
    border-radius: var(--_radius);
  }
  summary {
    padding: 0.6rem 0.75rem;
    cursor: pointer;
  }
  .tag {
    margin-right: 0.4rem;
    font-weight: 800;
    color: var(--_state);
  }
  .body {
    padding: 0 0.75rem 0.25rem;
  }
  .body p {
    margin-bottom: 0.4rem;
  }
`;
