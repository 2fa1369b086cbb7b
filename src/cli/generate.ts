import type { Command } from './io.js';

/** `news-quiz generate`: not built yet. */
export const generateCommand: Command = async (_args, io) => {
  io.err('news-quiz generate: not implemented yet');
  return 2;
};
