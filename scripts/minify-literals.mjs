// A rollup plugin for the embeddable bundle: minifies the text of Lit `css` and `html` tagged
// template literals in our own element code, which terser leaves as written.
//
// Only changes that cannot change what a page shows or what a script reads:
//  - css: comments go; a run of white space becomes one space, and none at all next to
//    `{ } ; , >` or after `:`; the last `;` of a block goes. Quoted strings stay as written.
//  - html: a run of white space that holds a line break becomes one space, except inside a
//    quoted attribute value (where it would change the value), and none before a tag's ">".
//    A lone space is what a browser renders for such a run anyway, and a text node that held
//    it still exists and still holds white space. Our templates have no <pre>, <textarea>,
//    <script>, <style> or comments (the plugin stops the build if one appears).
// Expressions (`${...}`) are never touched; each run of text between them is minified alone.

/** The tags whose literals are minified, as imported from 'lit'. */
const MINIFIERS = { css: minifyCss, html: minifyHtml };

/**
 * @param {{ include?: (id: string) => boolean }} [options] which modules to minify (default: src/element/).
 * @returns {import('rollup').Plugin}
 */
export function minifyLiterals({ include = (id) => /[\\/]src[\\/]element[\\/]/.test(id) } = {}) {
  return {
    name: 'minify-literals',
    transform(code, id) {
      if (!include(id) || !/\b(?:css|html)\s*`/.test(code)) return null;
      const edits = [];
      walk(this.parse(code), (node) => {
        if (node.type !== 'TaggedTemplateExpression' || node.tag.type !== 'Identifier') return;
        const minify = MINIFIERS[node.tag.name];
        if (!minify) return;
        const raws = node.quasi.quasis.map((q) => code.slice(q.start, q.end));
        const minified = minify(raws, id);
        node.quasi.quasis.forEach((q, i) => {
          if (minified[i] !== raws[i]) edits.push({ start: q.start, end: q.end, text: minified[i] });
        });
      });
      if (!edits.length) return null;
      edits.sort((a, b) => b.start - a.start);
      let out = code;
      for (const e of edits) out = out.slice(0, e.start) + e.text + out.slice(e.end);
      return { code: out, map: null };
    },
  };
}

/** Calls `visit` on every node of an ESTree AST. */
function walk(node, visit) {
  if (!node || typeof node.type !== 'string') return;
  visit(node);
  for (const key of Object.keys(node)) {
    const child = node[key];
    if (Array.isArray(child)) for (const c of child) walk(c, visit);
    else if (child && typeof child === 'object' && typeof child.type === 'string') walk(child, visit);
  }
}

/** White space as HTML and CSS define it (not the no-break space, which is text). */
const SPACE = /[ \t\n\r\f]/;

/** Minifies the raw text parts of a `css` literal. */
function minifyCss(raws) {
  const last = raws.length - 1;
  return raws.map((raw, i) => {
    let out = '';
    let rules = '';
    const tighten = () => {
      out += rules
        .replace(/[ \t\n\r\f]+/g, ' ')
        .replace(/ ?([{};,>]) ?/g, '$1')
        .replace(/: /g, ':')
        .replace(/;}/g, '}');
      rules = '';
    };
    // Strings are copied as written, comments dropped; the rest is white space and punctuation to tighten.
    for (const part of raw.split(/(\/\*[\s\S]*?\*\/|'(?:[^'\\\n]|\\.)*'|"(?:[^"\\\n]|\\.)*")/)) {
      if (part.startsWith('/*')) continue;
      if (part.startsWith("'") || part.startsWith('"')) {
        tighten();
        out += part;
      } else {
        rules += part;
      }
    }
    tighten();
    if (i === 0) out = out.replace(/^ /, '');
    if (i === last) out = out.replace(/ $/, '');
    return out;
  });
}

/** Minifies the raw text parts of an `html` literal, keeping track of quoted attribute values across parts. */
function minifyHtml(raws, id) {
  let inTag = false;
  let quote = '';
  return raws.map((raw) => {
    if (/<(?:pre|textarea|script|style)\b|<!--/i.test(raw)) {
      throw new Error(`minify-literals: ${id} has an html literal with <pre>, <textarea>, <script>, <style> or a comment; teach the plugin about it first`);
    }
    let out = '';
    for (let i = 0; i < raw.length; i++) {
      const c = raw[i];
      if (quote) {
        if (c === quote) quote = '';
        out += c;
      } else if (SPACE.test(c)) {
        let j = i;
        while (j < raw.length && SPACE.test(raw[j])) j++;
        const run = raw.slice(i, j);
        // Inside a tag, white space before its closing ">" is no part of any attribute.
        if (!(inTag && raw[j] === '>')) out += run.includes('\n') ? ' ' : run;
        i = j - 1;
      } else {
        if (c === '<') inTag = true;
        else if (c === '>') inTag = false;
        else if (inTag && (c === '"' || c === "'")) quote = c;
        out += c;
      }
    }
    return out;
  });
}
