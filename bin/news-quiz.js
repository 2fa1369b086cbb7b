#!/usr/bin/env node
// The `news-quiz` command. The code lives in dist/cli.js, built by `npm run build`
// (which `npm install` runs through the prepare script).
import { existsSync } from 'node:fs';

const cli = new URL('../dist/cli.js', import.meta.url);
if (!existsSync(cli)) {
  console.error('news-quiz: dist/cli.js is missing; run `npm run build` first.');
  process.exit(2);
}
await import(cli.href);
