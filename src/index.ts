/** The library: the `<news-quiz>` element and the pure domain it is built on. */
export * from './domain/index.js';
export * from './element/news-quiz.js';
export * from './export/index.js';
