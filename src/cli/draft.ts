import type { Command } from './io.js';

/** `news-quiz draft`: not built yet. */
export const draftCommand: Command = async (_args, io) => {
  io.err('news-quiz draft: not implemented yet');
  return 2;
};
