/**
 * What every sub-command shares: where it writes, how it reads its arguments (`node:util`
 * `parseArgs`), how it reads a file (one loader, with a size limit and strict UTF-8), and the one
 * form of its messages:
 *
 * - a problem in a file: `FILE:LINE:COL: PATH: message` (the form editors and CI logs link to);
 * - a file that cannot be read: `FILE: cannot read: reason`;
 * - anything else: `news-quiz COMMAND: message`, with the usage after a usage error.
 *
 * Exit status, the same for every command: 0 done, 1 a problem in a file or a quiz that cannot be
 * made from it, 2 a usage error (what the command line says, whatever the file holds).
 */
import { open, writeFile } from 'node:fs/promises';
import { parseArgs } from 'node:util';
import type { Bank } from '../domain/bank.js';
import { parseBank } from '../domain/parse.js';
import type { Problem } from '../domain/validate.js';
import { MAX_ARTICLE_BYTES, MAX_BANK_BYTES, decodeText, formatBytes, type TextFault } from '../input/text-file.js';

/** Where a command writes: standard output and standard error, one call per block of text. */
export interface Io {
  out(text: string): void;
  err(text: string): void;
}

/** A CLI sub-command: takes its arguments, returns the exit status (see the module's comment). */
export type Command = (args: string[], io: Io) => Promise<number>;

/** The process's own streams. */
export const consoleIo: Io = {
  out: (text) => process.stdout.write(text.endsWith('\n') ? text : `${text}\n`),
  err: (text) => process.stderr.write(text.endsWith('\n') ? text : `${text}\n`),
};

/** A usage error: the command line asks for something no file could satisfy. Exit 2, with the usage. */
export class UsageError extends Error {
  override name = 'UsageError';
}

/** The options a command takes, as `node:util` `parseArgs` reads them. */
export type OptionSpecs = Record<string, { type: 'string' | 'boolean'; short?: string; multiple?: false }>;

/** The values parsed for `O`: a string or boolean per option, absent when not given. */
export type OptionValues<O extends OptionSpecs> = { [K in keyof O]?: O[K]['type'] extends 'string' ? string : boolean };

/** One sub-command: its usage text, its options (`--help` is added), and what it does with them. */
export interface CommandSpec<O extends OptionSpecs> {
  usage: string;
  options: O;
  /** Runs with the parsed options and positional arguments; throws {@link UsageError} for a bad value. */
  run(values: OptionValues<O>, positionals: string[], io: Io): Promise<number>;
}

/** Why `parseArgs` refused, in the words of the other messages. */
function parseArgsMessage(error: Error & { code?: string }): string {
  const option = /'(-{1,2}[^' ]+)/.exec(error.message)?.[1];
  if (error.code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION' && option) return `unknown option "${option}"`;
  if (error.code === 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE' && option) {
    return /argument missing/.test(error.message) ? `${option} needs a value` : `${option} takes no value`;
  }
  return error.message;
}

/**
 * A {@link Command} from its spec: `--help` prints the usage (exit 0); an unknown option, an option
 * without its value or a {@link UsageError} prints `news-quiz NAME: message.` and the usage (exit 2).
 */
export function command<O extends OptionSpecs>(name: string, spec: CommandSpec<O>): Command {
  return async (args, io) => {
    const usageError = (message: string): number => {
      io.err(`news-quiz ${name}: ${message}.\n\n${spec.usage}`);
      return 2;
    };
    let parsed: { values: Record<string, string | boolean | undefined>; positionals: string[] };
    try {
      parsed = parseArgs({ args, allowPositionals: true, strict: true, options: { ...spec.options, help: { type: 'boolean', short: 'h' } } });
    } catch (error) {
      return usageError(parseArgsMessage(error as Error));
    }
    if (parsed.values['help']) {
      io.out(spec.usage);
      return 0;
    }
    try {
      return await spec.run(parsed.values as OptionValues<O>, parsed.positionals, io);
    } catch (error) {
      if (error instanceof UsageError) return usageError(error.message);
      throw error;
    }
  };
}

/** A comma-separated option value as a list; an empty list is a usage error. */
export function listOption(option: string, value: string, what: string): string[] {
  const items = value
    .split(',')
    .map((item) => item.trim())
    .filter(Boolean);
  if (!items.length) throw new UsageError(`${option} needs at least one ${what}, separated by commas; got "${value}"`);
  return items;
}

/** The one file a command works on; none or several is a usage error. */
export function oneFile(files: readonly string[], what: string): string {
  if (files.length !== 1) throw new UsageError(files.length ? `name one ${what} file, not ${files.length}` : `name the ${what} file`);
  return files[0]!;
}

/** What a file holds: a bank (JSON) or an article's text. */
export type FileKind = 'bank' | 'article';

const LIMITS: Record<FileKind, number> = { bank: MAX_BANK_BYTES, article: MAX_ARTICLE_BYTES };

const REASONS: Record<string, string> = {
  ENOENT: 'no such file',
  EISDIR: 'it is a directory',
  EACCES: 'permission denied',
  EPERM: 'permission denied',
};

const FAULTS: Record<TextFault, string> = {
  'utf-16': 'the file is UTF-16 text; save it as UTF-8',
  'not-utf-8': 'the file is not valid UTF-8 text',
};

/** A file's text, or why it cannot be read (`cannot read: reason`, printed after `FILE: `). */
export type Read = { text: string; error?: undefined } | { text?: undefined; error: string };

/**
 * Reads a bank or an article: at most {@link MAX_BANK_BYTES} or {@link MAX_ARTICLE_BYTES} (a
 * larger file, or an endless one such as `/dev/zero`, is refused once the limit is passed, without
 * reading on), strict UTF-8 with UTF-16 named as such. Never throws.
 */
export async function readText(file: string, kind: FileKind): Promise<Read> {
  const limit = LIMITS[kind];
  const fail = (reason: string): Read => ({ error: `cannot read: ${reason}` });
  const tooLarge = fail(`the file is larger than ${formatBytes(limit)}, the most ${kind === 'bank' ? 'a bank' : 'an article'} may be`);
  let bytes: Uint8Array;
  try {
    const handle = await open(file, 'r');
    try {
      const stat = await handle.stat();
      if (stat.isDirectory()) return fail(REASONS['EISDIR']!);
      if (stat.isFile() && stat.size > limit) return tooLarge;
      // Read to one byte past the limit: a file that grew, a device or a pipe is refused there.
      const buffer = new Uint8Array(limit + 1);
      let filled = 0;
      for (;;) {
        const { bytesRead } = await handle.read(buffer, filled, buffer.length - filled, null);
        if (bytesRead === 0) break;
        filled += bytesRead;
        if (filled > limit) return tooLarge;
      }
      bytes = buffer.subarray(0, filled);
    } finally {
      await handle.close();
    }
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code ?? '';
    return fail(REASONS[code] ?? (error as Error).message);
  }
  const decoded = decodeText(bytes);
  return decoded.fault === undefined ? { text: decoded.text } : fail(FAULTS[decoded.fault]);
}

/** One problem as `FILE:LINE:COL: PATH: message` (without a line, `FILE: PATH: message`). */
function problemLine(file: string, problem: Problem): string {
  const where = problem.line === undefined ? file : `${file}:${problem.line}:${problem.column ?? 1}`;
  return `${where}: ${problem.path}: ${problem.message}`;
}

/** How many problems a command prints for one file unless told otherwise. */
export const DEFAULT_MAX_PROBLEMS = 100;

/** The problem lines of one file, at most `max` of them, then `FILE: ... and N more problems`. */
export function problemLines(file: string, problems: readonly Problem[], max = DEFAULT_MAX_PROBLEMS, hint = ''): string[] {
  const lines: string[] = [];
  const shown = Math.min(problems.length, max);
  for (let i = 0; i < shown; i++) lines.push(problemLine(file, problems[i]!));
  const more = problems.length - shown;
  if (more > 0) lines.push(`${file}: ... and ${more.toLocaleString('en-US')} more problem${more === 1 ? '' : 's'}${hint}`);
  return lines;
}

/**
 * Reads and checks a bank for a command that needs a valid one. On failure writes why to standard
 * error (the read error, or the problems and `news-quiz NAME: FILE is not a valid bank (N problems);
 * nothing <done>.`) and returns `null`.
 */
export async function loadBank(name: string, file: string, io: Io, nothing: string): Promise<Bank | null> {
  const read = await readText(file, 'bank');
  if (read.error !== undefined) {
    io.err(`${file}: ${read.error}`);
    return null;
  }
  const { bank, problems } = parseBank(read.text);
  if (bank) return bank;
  const count = problems.length;
  io.err(problemLines(file, problems, DEFAULT_MAX_PROBLEMS, ` (news-quiz validate --max-problems 0 ${file} lists them all)`).join('\n'));
  io.err(`news-quiz ${name}: ${file} is not a valid bank (${count.toLocaleString('en-US')} problem${count === 1 ? '' : 's'}); nothing ${nothing}.`);
  return null;
}

/**
 * Writes a command's output to `out` when given (saying so on standard error: `news-quiz NAME:
 * wrote WHAT to FILE`), else to standard output. Returns the exit status: 1 when it cannot write.
 */
export async function writeOutput(name: string, out: string | undefined, text: string, what: string, io: Io): Promise<number> {
  if (out === undefined) {
    io.out(text);
    return 0;
  }
  try {
    await writeFile(out, text, 'utf8');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code ?? '';
    io.err(`${out}: cannot write: ${code === 'ENOENT' ? 'no such folder' : (REASONS[code] ?? (error as Error).message)}`);
    return 1;
  }
  io.err(`news-quiz ${name}: wrote ${what} to ${out}`);
  return 0;
}

