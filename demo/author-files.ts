/**
 * What the authoring page downloads besides the bank: one self-contained HTML
 * page that runs the quiz (the element's bundle and the bank inline, so it
 * works from a file, on any site and in a learning platform that accepts an
 * HTML file), with the file names. Pure: strings in, strings out.
 */
import type { Bank } from '../src/domain/bank.js';
import { escapeHtml, htmlPage } from '../src/export/worksheet.js';

/** How the downloaded page asks its quiz. */
export interface QuizPageOptions {
  /** The quiz code: every student gets the same questions; `null` for a new quiz on each attempt. */
  seed: string | null;
  /** How many questions. */
  count: number;
}

/** JSON that can stand inside a `<script>` element: no `<` (so no `</script>`), no line separators. */
export function scriptJson(value: unknown): string {
  return JSON.stringify(value).replace(/</g, '\\u003c').replace(/\u2028/g, '\\u2028').replace(/\u2029/g, '\\u2029');
}

/** Script text that can stand inside a `<script>` element (no `</script` or `<!--` closes it early). */
export function inlineScript(code: string): string {
  return code.replace(/<\/(script)/gi, '<\\/$1').replace(/<!--/g, '<\\!--');
}

/**
 * The quiz page: a heading with the quiz's title and the article it comes
 * from, the `<news-quiz>` element with the bank as its child script, and the
 * element's bundle in a module script. No request leaves the page.
 */
export function quizPage(bank: Bank, bundle: string, options: QuizPageOptions): string {
  const article = bank.articles[0];
  const source = article ? [`“${article.title}”`, article.site, article.date].filter(Boolean).join(', ') : '';
  const seed = options.seed ? ` seed="${escapeHtml(options.seed)}"` : '';
  return htmlPage({
    lang: bank.language,
    title: bank.title,
    head: '<meta name="generator" content="news-quiz">\n',
    style: `
  :root { color-scheme: light dark; font: 1rem/1.5 system-ui, -apple-system, 'Segoe UI', Roboto, sans-serif; }
  body { margin: 0 auto; padding: 1rem; max-width: 48rem; }
  h1 { font-size: 1.5rem; line-height: 1.25; margin: 0.5rem 0; }
  .source { margin: 0 0 1.5rem; opacity: 0.8; }
  news-quiz { display: block; }
`,
    main: `<h1>${escapeHtml(bank.title)}</h1>
${source ? `<p class="source">From the article ${escapeHtml(source)}.</p>\n` : ''}<news-quiz${seed} count="${options.count}"><script type="application/json">${scriptJson(bank)}</script></news-quiz>`,
    after: `<script type="module">
${inlineScript(bundle)}
</script>
`,
  });
}
