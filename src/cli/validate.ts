import type { Command } from './io.js';

/** `news-quiz validate`: not built yet. */
export const validateCommand: Command = async (_args, io) => {
  io.err('news-quiz validate: not implemented yet');
  return 2;
};
