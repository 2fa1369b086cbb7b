// Three builds:
//  1. the ESM library in dist/ (lit external, .d.ts beside each module);
//  2. dist/news-quiz.bundle.js: one self-contained minified file for a plain <script type="module">, and
//     beside it one small chunk per language other than English, loaded only by a quiz in that language;
//  3. dist/cli.js: the `news-quiz` command for Node.
import typescript from '@rollup/plugin-typescript';
import { nodeResolve } from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';
import { readdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { minifyLiterals } from './scripts/minify-literals.mjs';

const ts = (options = {}) =>
  typescript({
    tsconfig: './tsconfig.json',
    sourceMap: false,
    ...options,
  });

const isNodeBuiltin = (id) => id.startsWith('node:');

/**
 * The element's private members (`private _name` in src/element/), which terser may rename in the
 * bundle: TypeScript lets nothing outside the class read them. Only these: a `_name` elsewhere
 * (a property of saved or exported data, Lit's own `_$` members) keeps its name. A private
 * member that some string names keeps its name too (a reactive property registered by a string);
 * those are found in the chunk itself, just before terser runs.
 */
function elementPrivates() {
  const names = new Set();
  for (const file of readdirSync('src/element', { recursive: true })) {
    if (!String(file).endsWith('.ts')) continue;
    const source = readFileSync(join('src/element', String(file)), 'utf8');
    for (const [, name] of source.matchAll(/\bprivate\s+(?:(?:readonly|static|async|get|set)\s+)*(_\w+)/g)) names.add(name);
  }
  return { regex: new RegExp(`^(?:${[...names].join('|')})$`), reserved: [] };
}
const privateMembers = elementPrivates();
const keepNamedMembers = {
  name: 'keep-named-members',
  renderChunk(code) {
    for (const [, name] of code.matchAll(/["'`](_\w+)["'`]/g)) privateMembers.reserved.push(name);
    return null;
  },
};

/** Removes the language chunks of earlier builds from beside the bundle, so that dist/ holds only files the bundle loads. */
const dropOldChunks = {
  name: 'drop-old-chunks',
  writeBundle(options, bundle) {
    for (const file of readdirSync(options.dir)) {
      if (/^news-quiz\.[a-z]{2}-[\w-]+\.js$/.test(file) && !(file in bundle)) rmSync(join(options.dir, file));
    }
  },
};

export default [
  {
    input: { index: 'src/index.ts', 'news-quiz': 'src/element/news-quiz.ts', domain: 'src/domain/index.ts', authoring: 'src/authoring/draft.ts' },
    external: (id) => id === 'lit' || id.startsWith('lit/') || id.startsWith('@lit/') || id === 'compromise',
    output: { dir: 'dist', format: 'es', entryFileNames: '[name].js', chunkFileNames: 'chunks/[name]-[hash].js' },
    plugins: [ts({ declaration: true, declarationDir: 'dist/types', rootDir: 'src', outDir: 'dist' })],
  },
  {
    input: 'src/element/news-quiz.ts',
    // One script tag still embeds the quiz: each language other than English is a chunk beside the
    // bundle (news-quiz.uk-<hash>.js, ...), which the bundle imports by a relative URL when a quiz asks for it.
    output: { dir: 'dist', format: 'es', entryFileNames: 'news-quiz.bundle.js', chunkFileNames: 'news-quiz.[name]-[hash].js' },
    plugins: [
      nodeResolve({ exportConditions: ['production'] }),
      ts({ declaration: false, outDir: 'dist' }),
      minifyLiterals(),
      keepNamedMembers,
      terser({ ecma: 2020, module: true, compress: { passes: 2 }, mangle: { properties: privateMembers }, format: { comments: false } }),
      dropOldChunks,
    ],
  },
  {
    input: 'src/cli/main.ts',
    external: (id) => isNodeBuiltin(id) || id === 'compromise' || id.startsWith('compromise/'),
    output: { dir: 'dist', entryFileNames: 'cli.js', chunkFileNames: 'cli/[name]-[hash].js', format: 'es', banner: '#!/usr/bin/env node' },
    plugins: [ts({ declaration: false, outDir: 'dist' })],
  },
];
