/** Pure text formats of a quiz: Moodle GIFT, a printable worksheet, results as text and CSV. No DOM. */
export * from './gift.js';
export * from './worksheet.js';
export * from './results.js';
export * from './review.js';
export * from './formats.js';
