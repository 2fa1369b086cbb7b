/**
 * `news-quiz draft ARTICLE.txt`: drafts a fact bank from an article's text with
 * NLP and prints it as JSON, ready for `news-quiz validate` and for a teacher
 * to review (docs/authoring.md). What the draft left out, and what to check,
 * goes to standard error.
 */
import { open } from 'node:fs/promises';
import type { DraftMeta, DraftNotes } from '../authoring/draft.js';
import { MAX_ARTICLE_BYTES, MAX_ARTICLE_WORDS } from '../authoring/types.js';
import type { Command } from './io.js';

const usage = `Usage: news-quiz draft ARTICLE.txt [--title T] [--site S] [--date D] [--quiet]

Drafts a fact bank from an article's plain text and prints it as JSON: the people
with their roles, places, organisations, figures with units, and a fact for each
clause that holds them, each citing its paragraph as a reader counts them. What
the draft leaves out (and why) and what to check are listed on standard error.
Review the draft before use (docs/authoring.md): drafted facts keep the article's
wording. One article of at most ${MAX_ARTICLE_WORDS.toLocaleString('en-US')} words.

Options:
  --title T   the headline (default: the first line before the body that is not a sentence)
  --site S    the publisher or site (default: none)
  --date D    the page date, e.g. 2024-06-19 or "June 19, 2024" (default: a date line before the body)
  --quiet     print only the bank, not what was left out
  --help      print this text

Exit status: 0 drafted, 1 the file cannot be read, is too large or holds no article, 2 usage error.`;

const reasons: Record<string, string> = {
  ENOENT: 'no such file',
  EISDIR: 'it is a directory',
  EACCES: 'permission denied',
  EPERM: 'permission denied',
};

const OPTIONS = ['--title', '--site', '--date'] as const;

/** Thrown when a file holds more than the article limit. */
class TooLarge extends Error {}

/** Reads at most {@link MAX_ARTICLE_BYTES} bytes (a device or a huge file is refused without reading it all). */
async function readArticle(file: string): Promise<string> {
  const handle = await open(file, 'r');
  try {
    const info = await handle.stat();
    if (info.isDirectory()) throw Object.assign(new Error('directory'), { code: 'EISDIR' });
    if (info.size > MAX_ARTICLE_BYTES) throw new TooLarge();
    const buffer = Buffer.alloc(MAX_ARTICLE_BYTES + 1);
    let length = 0;
    for (;;) {
      const { bytesRead } = await handle.read(buffer, length, buffer.length - length, null);
      if (bytesRead === 0) break;
      length += bytesRead;
      if (length > MAX_ARTICLE_BYTES) throw new TooLarge();
    }
    return new TextDecoder('utf-8', { fatal: true }).decode(buffer.subarray(0, length));
  } finally {
    await handle.close();
  }
}

/** What the draft left out and what to check, one line each. */
function report(file: string, notes: DraftNotes, facts: number, paragraphs: number): string {
  const lines = [`news-quiz draft: ${file}: ${facts} ${facts === 1 ? 'fact' : 'facts'} from ${notes.used.length} of ${paragraphs} ${paragraphs === 1 ? 'paragraph' : 'paragraphs'}.`];
  for (const left of notes.left) {
    lines.push(`  left out${left.paragraph === null ? '' : ` (paragraph ${left.paragraph})`}: ${left.reason}: “${left.text}”`);
  }
  for (const [id, note] of Object.entries(notes.facts)) for (const check of note.checks) lines.push(`  check ${id}: ${check}`);
  if (notes.headline === null) lines.push('  no headline: the text opens with its body, so the article is called “Untitled article”, which students see; give the headline with --title.');
  return lines.join('\n');
}

/** `news-quiz draft`: see {@link usage}. */
export const draftCommand: Command = async (args, io) => {
  if (args.includes('--help') || args.includes('-h')) {
    io.out(usage);
    return 0;
  }
  const meta: DraftMeta = {};
  const files: string[] = [];
  let quiet = false;
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
    } else if (arg === '--quiet') {
      quiet = true;
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
    text = await readArticle(file);
  } catch (error) {
    if (error instanceof TooLarge) {
      io.err(`news-quiz draft: ${file}: the file is larger than ${MAX_ARTICLE_BYTES.toLocaleString('en-US')} bytes; a draft takes one article of at most ${MAX_ARTICLE_WORDS.toLocaleString('en-US')} words.`);
      return 1;
    }
    const code = (error as NodeJS.ErrnoException).code ?? '';
    const reason = error instanceof TypeError ? 'the file is not valid UTF-8 text' : (reasons[code] ?? (error as Error).message);
    io.err(`news-quiz draft: cannot read "${file}": ${reason}`);
    return 1;
  }
  // The NLP library takes about 0.4 s to load: only `draft` pays for it, not every command.
  const { DraftError, draftArticle } = await import('../authoring/draft.js');
  try {
    const { bank, notes } = draftArticle(text, meta);
    io.out(JSON.stringify(bank, null, 2));
    if (!quiet) io.err(report(file, notes, bank.facts.length, bank.articles[0]!.paragraphs));
    return 0;
  } catch (error) {
    if (error instanceof DraftError) {
      io.err(`news-quiz draft: ${file}: ${error.message}`);
      return 1;
    }
    throw error;
  }
};
