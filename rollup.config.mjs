// Three builds:
//  1. the ESM library in dist/ (lit external, .d.ts beside each module);
//  2. dist/news-quiz.bundle.js: one self-contained minified file for a plain <script type="module">, and
//     beside it one small chunk per language other than English, loaded only by a quiz in that language;
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
      // Lit's own minifier for the text of html`` and css`` literals, which terser leaves as written. A
      // run of white space becomes one space, never none, and no attribute is dropped: what a page
      // shows stays as written.
      minifyHtmlLiterals({ failOnError: true, options: { minifyOptions: { conservativeCollapse: true, removeEmptyAttributes: false } } }),
      terser({ ecma: 2020, module: true, compress: { passes: 2 }, format: { comments: false } }),
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
