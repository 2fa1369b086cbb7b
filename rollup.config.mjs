// Three builds:
//  1. the ESM library in dist/ (lit external, .d.ts beside each module);
//  2. dist/news-quiz.bundle.js: the entry for a plain <script type="module">, minified, with its chunks
//     beside it (the core it imports at once; the others only when a quiz needs them);
//     dist/news-quiz.standalone.js: the same in one file, every part inside, for a page saved as one file;
//  3. dist/cli.js: the `news-quiz` command for Node.
import typescript from '@rollup/plugin-typescript';
import { nodeResolve } from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';
import { readdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import minifyHtmlLiterals from '@lit-labs/rollup-plugin-minify-html-literals';

const ts = (options = {}) =>
  typescript({
    tsconfig: './tsconfig.json',
    sourceMap: false,
    ...options,
  });

const isNodeBuiltin = (id) => id.startsWith('node:');

/** Removes the chunks of earlier builds from beside the bundle, so that dist/ holds only files the bundle loads. */
const dropOldChunks = {
  name: 'drop-old-chunks',
  writeBundle(options, bundle) {
    for (const file of readdirSync(options.dir)) {
      if (/^news-quiz\.[a-z][\w-]*-[\w-]+\.js$/.test(file) && !(file in bundle)) rmSync(join(options.dir, file));
    }
  },
};

/** The plugins of the minified bundles. */
const bundlePlugins = ({ dropOld = true } = {}) => [
  nodeResolve({ exportConditions: ['production'] }),
  ts({ declaration: false, outDir: 'dist' }),
  // Lit's own minifier for the text of html`` and css`` literals, which terser leaves as written. A
  // run of white space becomes one space, never none, and no attribute is dropped: what a page
  // shows stays as written.
  minifyHtmlLiterals({ failOnError: true, options: { minifyOptions: { conservativeCollapse: true, removeEmptyAttributes: false } } }),
  terser({ ecma: 2020, module: true, compress: { passes: 2 }, format: { comments: false } }),
  ...(dropOld ? [dropOldChunks] : []),
];

export default [
  {
    input: { index: 'src/index.ts', 'news-quiz': 'src/element/news-quiz.ts', domain: 'src/domain/index.ts', authoring: 'src/authoring/draft.ts' },
    external: (id) => id === 'lit' || id.startsWith('lit/') || id.startsWith('@lit/') || id === 'compromise',
    output: { dir: 'dist', format: 'es', entryFileNames: '[name].js', chunkFileNames: 'chunks/[name]-[hash].js' },
    plugins: [ts({ declaration: true, declarationDir: 'dist/types', rootDir: 'src', outDir: 'dist' })],
  },
  {
    input: 'src/element/news-quiz.ts',
    // One script tag still embeds the quiz. The bundle is a small entry that imports the element and
    // what a quiz needs before its first question (news-quiz.core-<hash>.js); the rest are chunks
    // beside it, each loaded by a relative URL when a quiz needs it: a language other than English
    // (news-quiz.uk-<hash>.js, ...), the list of a bank's problems (news-quiz.parse-<hash>.js: the validator's
    // messages and the JSON scanner; a sound bank needs only the validator's rules, in the core) and the
    // results screen (news-quiz.results-screen-<hash>.js). The chunks import the core by its plain URL, so a
    // page that adds a query to the bundle's URL (`?ver=3`) still loads the element once.
    output: {
      dir: 'dist',
      format: 'es',
      entryFileNames: 'news-quiz.bundle.js',
      chunkFileNames: (chunk) => `news-quiz.${chunk.name === 'news-quiz' ? 'core' : '[name]'}-[hash].js`,
    },
    plugins: bundlePlugins(),
  },
  {
    // The same element in one file with every part inside (all languages, the list of a bank's
    // problems, the results screen), for a page that must work as one file without any request:
    // the quiz page the authoring page saves.
    input: 'src/element/news-quiz.ts',
    output: { file: 'dist/news-quiz.standalone.js', format: 'es', inlineDynamicImports: true },
    plugins: bundlePlugins({ dropOld: false }),
  },
  {
    input: 'src/cli/main.ts',
    external: (id) => isNodeBuiltin(id) || id === 'compromise' || id.startsWith('compromise/'),
    output: { dir: 'dist', entryFileNames: 'cli.js', chunkFileNames: 'cli/[name]-[hash].js', format: 'es', banner: '#!/usr/bin/env node' },
    plugins: [ts({ declaration: false, outDir: 'dist' })],
  },
];
