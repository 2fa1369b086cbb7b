/** Where a command writes: standard output and standard error, one call per block of text. */
export interface Io {
  out(text: string): void;
  err(text: string): void;
}

/** A CLI sub-command: takes its arguments, returns the exit status (0 ok, 1 problems found, 2 usage). */
export type Command = (args: string[], io: Io) => Promise<number>;

/** The process's own streams. */
export const consoleIo: Io = {
  out: (text) => process.stdout.write(text.endsWith('\n') ? text : `${text}\n`),
  err: (text) => process.stderr.write(text.endsWith('\n') ? text : `${text}\n`),
};
