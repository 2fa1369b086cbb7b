// The bundle's literal minifier (scripts/minify-literals.mjs), run as rollup runs it: on the
// JavaScript of a module under src/element/, parsed with rollup's own parser.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parseAst } from 'rollup/parseAst';
import { minifyLiterals } from '../../scripts/minify-literals.mjs';

const plugin = minifyLiterals();
const ELEMENT = '/repo/src/element/views/x.ts';

/** The module's code after the plugin, or `null` when it left it alone. */
const run = (code, id = ELEMENT) => plugin.transform.call({ parse: (c) => parseAst(c) }, code, id)?.code ?? null;

test('css: white space and the last semicolon go; strings and selectors keep their meaning', () => {
  const code = "const s = css`\n  .a > .b,\n  .c :first-child {\n    content: 'x ,  y ; }';\n    margin: 0 0 calc(1rem + 2px);\n  }\n  /* a comment */\n  @media (prefers-color-scheme: dark) {\n    .a { color: red; }\n  }\n`;";
  assert.equal(
    run(code),
    "const s = css`.a>.b,.c :first-child{content:'x ,  y ; }';margin:0 0 calc(1rem + 2px)}@media (prefers-color-scheme:dark){.a{color:red}}`;",
  );
});

test('html: a run with a line break becomes one space, attribute values and lone spaces stay', () => {
  const code = 'const t = html`<p\n    class="a\n  b"\n    title=${x}\n  >\n    ${y} and  ${z}\n  </p>`;';
  assert.equal(run(code), 'const t = html`<p class="a\n  b" title=${x}> ${y} and  ${z} </p>`;');
});

test('html: a quoted attribute value that spans an expression stays whole', () => {
  const code = 'const t = html`<div class="verdict ${a}\n   x">\n</div>`;';
  assert.equal(run(code), 'const t = html`<div class="verdict ${a}\n   x"> </div>`;');
});

test('html: a no-break space is text, not white space to collapse', () => {
  const code = 'const t = html`<p>a\u00a0\n  b</p>`;';
  assert.equal(run(code), 'const t = html`<p>a\u00a0 b</p>`;');
});

test('html with <pre> or a comment stops the build instead of being changed', () => {
  assert.throws(() => run('const t = html`<pre>\n  x\n</pre>`;'), /<pre>/);
  assert.throws(() => run('const t = html`<!-- note -->\n<p></p>`;'), /comment/);
});

test('other tags, untagged templates and modules outside src/element/ are left alone', () => {
  assert.equal(run('const t = svg`<g>\n  </g>`; const u = `a\n   b`;'), null);
  assert.equal(run('const t = html`<p>\n  </p>`;', '/repo/src/domain/x.ts'), null);
});
