/**
 * `news-quiz draft ARTICLE.txt`: drafts a fact bank from an article's text with
 * NLP and prints it as JSON, ready for `news-quiz validate` and for a teacher
 * to review (docs/authoring.md).
 */
import { readFile } from 'node:fs/promises';
import type { DraftMeta } from '../authoring/draft.js';
import type { Command } from './io.js';

const usage = `Usage: news-quiz draft ARTICLE.txt [--title T] [--site S] [--date D]

Drafts a fact bank from an article's plain text and prints it as JSON: the people
with their roles, places, organisations, equipment, figures with units, and short
facts around them, each citing its paragraph (a block of at least 20 words).
Review the draft before use: drafted facts keep the article's wording.

Options:
  --title T   the headline (default: the first short line before the body)
  --site S    the publisher or site (default: none)
  --date D    the page date, e.g. 2024-06-19 or "June 19, 2024" (default: a date line before the body)
  --help      print this text

Exit status: 0 drafted, 1 the file cannot be read or holds no article, 2 usage error.`;

const reasons: Record<string, string> = {
  ENOENT: 'no such file',
  EISDIR: 'it is a directory',
  EACCES: 'permission denied',
  EPERM: 'permission denied',
};

const OPTIONS = ['--title', '--site', '--date'] as const;

/** `news-quiz draft`: see {@link usage}. */
export const draftCommand: Command = async (args, io) => {
  if (args.includes('--help') || args.includes('-h')) {
    io.out(usage);
    return 0;
  }
  const meta: DraftMeta = {};
  const files: string[] = [];
  for (let i = 0; i < args.length; i++) {
    const arg = args[i]!;
    const [flag, inline] = arg.startsWith('--') && arg.includes('=') ? [arg.slice(0, arg.indexOf('=')), arg.slice(arg.indexOf('=') + 1)] : [arg, undefined];
    if ((OPTIONS as readonly string[]).includes(flag)) {
      const value = inline ?? args[++i];
      if (value === undefined) {
        io.err(`news-quiz draft: ${flag} needs a value.\n\n${usage}`);
        return 2;
      }
      if (flag === '--title') meta.title = value;
      else if (flag === '--site') meta.site = value;
      else meta.date = value;
    } else if (arg.startsWith('-') && arg !== '-') {
      io.err(`news-quiz draft: unknown option "${arg}".\n\n${usage}`);
      return 2;
    } else files.push(arg);
  }
  if (files.length !== 1) {
    io.err(`news-quiz draft: name exactly one article file${files.length > 1 ? ` (got ${files.length})` : ''}.\n\n${usage}`);
    return 2;
  }
  const file = files[0]!;
  let text: string;
  try {
    const bytes = await readFile(file);
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code ?? '';
    const reason = error instanceof TypeError ? 'the file is not valid UTF-8 text' : (reasons[code] ?? (error as Error).message);
    io.err(`news-quiz draft: cannot read "${file}": ${reason}`);
    return 1;
  }
  // The NLP library takes about 0.4 s to load: only `draft` pays for it, not every command.
  const { DraftError, draftBank } = await import('../authoring/draft.js');
  try {
    io.out(JSON.stringify(draftBank(text, meta), null, 2));
    return 0;
  } catch (error) {
    if (error instanceof DraftError) {
      io.err(`news-quiz draft: ${file}: ${error.message}`);
      return 1;
    }
    throw error;
  }
};
