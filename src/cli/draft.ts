/**
 * `news-quiz draft ARTICLE.txt`: drafts a fact bank from an article's text with
 * NLP and prints it as JSON, ready for `news-quiz validate` and for a teacher
 * to review (docs/authoring.md). What the draft left out, and what to check,
 * goes to standard error.
 */
import type { DraftMeta, DraftNotes } from '../authoring/draft.js';
import { MAX_ARTICLE_WORDS } from '../authoring/types.js';
import { MAX_ARTICLE_BYTES, formatBytes } from '../input/text-file.js';
import { command, oneFile, readText } from './io.js';

const usage = `Usage: news-quiz draft ARTICLE.txt [--title T] [--site S] [--date D] [--quiet]

Drafts a fact bank from one article's plain text (UTF-8, at most ${MAX_ARTICLE_WORDS.toLocaleString('en-US')} words and
${formatBytes(MAX_ARTICLE_BYTES)}) and prints it as JSON: the people with their roles, places,
organisations, figures with units, and a fact for each clause that holds them, each citing
its paragraph as a reader counts them. What the draft leaves out (and why) and what to
check are listed on standard error. Review the draft before use (docs/authoring.md):
drafted facts keep the article's wording.

Options:
  --title T   the headline (default: the first line before the body that is not a sentence)
  --site S    the publisher or site (default: none)
  --date D    the page date, e.g. 2024-06-19 or "June 19, 2024" (default: a date line before the body)
  --quiet     print only the bank, not what was left out
  --help      print this text

Exit status: 0 drafted, 1 the file cannot be read, is too large or holds no article, 2 usage error.`;

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
export const draftCommand = command('draft', {
  usage,
  options: { title: { type: 'string' }, site: { type: 'string' }, date: { type: 'string' }, quiet: { type: 'boolean' } },
  async run(values, files, io) {
    const file = oneFile(files, 'article');
    // At most MAX_ARTICLE_BYTES are read: a larger file, or a device, is refused without reading it all.
    const read = await readText(file, 'article');
    if (read.error !== undefined) {
      io.err(`${file}: ${read.error}`);
      return 1;
    }
    const meta: DraftMeta = {};
    if (values.title !== undefined) meta.title = values.title;
    if (values.site !== undefined) meta.site = values.site;
    if (values.date !== undefined) meta.date = values.date;
    // The NLP library takes about 0.4 s to load: only `draft` pays for it, not every command.
    const { DraftError, draftArticle } = await import('../authoring/draft.js');
    try {
      // A byte-order mark is not part of the article.
      const { bank, notes } = draftArticle(read.text.replace(/^\uFEFF/, ''), meta);
      io.out(JSON.stringify(bank, null, 2));
      if (!values.quiet) io.err(report(file, notes, bank.facts.length, bank.articles[0]!.paragraphs));
      return 0;
    } catch (error) {
      if (!(error instanceof DraftError)) throw error;
      io.err(`news-quiz draft: ${file}: ${error.message}`);
      return 1;
    }
  },
});
