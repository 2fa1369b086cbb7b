/**
 * `news-quiz draft ARTICLE.txt`: drafts a fact bank from an article's text with
 * NLP and prints it as JSON, ready for `news-quiz validate` and for a teacher
 * to review (docs/authoring.md).
 */
import type { DraftMeta } from '../authoring/draft.js';
import { MAX_ARTICLE_BYTES, formatBytes } from '../input/text-file.js';
import { command, oneFile, readText } from './io.js';

const usage = `Usage: news-quiz draft ARTICLE.txt [--title T] [--site S] [--date D]

Drafts a fact bank from an article's plain text (UTF-8, at most ${formatBytes(MAX_ARTICLE_BYTES)}) and
prints it as JSON: the people with their roles, places, organisations, equipment, figures with
units, and short facts around them, each citing its paragraph (a block of at least 20 words).
Review the draft before use: drafted facts keep the article's wording.

Options:
  --title T   the headline (default: the first short line before the body)
  --site S    the publisher or site (default: none)
  --date D    the page date, e.g. 2024-06-19 or "June 19, 2024" (default: a date line before the body)
  --help      print this text

Exit status: 0 drafted, 1 the file cannot be read or holds no article, 2 usage error.`;

/** `news-quiz draft`: see {@link usage}. */
export const draftCommand = command('draft', {
  usage,
  options: { title: { type: 'string' }, site: { type: 'string' }, date: { type: 'string' } },
  async run(values, files, io) {
    const file = oneFile(files, 'article');
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
    const { DraftError, draftBank } = await import('../authoring/draft.js');
    try {
      // A byte-order mark is not part of the article.
      io.out(JSON.stringify(draftBank(read.text.replace(/^\uFEFF/, ''), meta), null, 2));
      return 0;
    } catch (error) {
      if (!(error instanceof DraftError)) throw error;
      io.err(`news-quiz draft: ${file}: ${error.message}`);
      return 1;
    }
  },
});
