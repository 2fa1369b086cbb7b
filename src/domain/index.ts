/** The pure domain: fact banks, validation, generation, checking, scoring. No DOM, no Lit. */
export * from './bank.js';
export * from './question.js';
export * from './attempt.js';
export * from './score.js';
export * from './random.js';
export * from './generate.js';
export * from './text.js';
export * from './check.js';
export * from './validate.js';
export * from './parse.js';
export * from './review.js';
