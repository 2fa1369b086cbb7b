import type { Command } from './io.js';

/** `news-quiz export`: not built yet. */
export const exportCommand: Command = async (_args, io) => {
  io.err('news-quiz export: not implemented yet');
  return 2;
};
