// `node bench/size-modules.mjs`: which modules make up each file of the embeddable bundle, built as
// rollup.config.mjs builds it (about half a minute). Each file's minified bytes are shared out to
// the modules they came from by its source map; the gzip column shares the file's gzip -9 bytes out
// in the same proportion (gzip works on the whole file, so a module's share is an estimate).
//   node bench/size-modules.mjs            every file, its modules largest first
//   node bench/size-modules.mjs --min 500  only modules of at least 500 minified bytes
import { rollup } from 'rollup';
import { decode } from '@jridgewell/sourcemap-codec';
import { gzipSync } from 'node:zlib';
import { parseArgs } from 'node:util';
import configs from '../rollup.config.mjs';

const { values } = parseArgs({ options: { min: { type: 'string', default: '0' } } });
const min = Number(values.min);
const config = configs.find((c) => c.output?.entryFileNames === 'news-quiz.bundle.js');
const bundle = await rollup({ input: config.input, plugins: config.plugins, onwarn: () => {} });
const { output } = await bundle.generate({ ...config.output, sourcemap: 'hidden' });
await bundle.close();

/** A source as the map names it (relative to dist/), as a path in the project or a package's file. */
const name = (source) => source.replace(/^(?:\.\.\/)+/, '').replace(/^.*node_modules\//, '');
const bytes = (n) => n.toLocaleString('en-US');

for (const chunk of output.filter((c) => c.type === 'chunk').sort((a, b) => b.code.length - a.code.length)) {
  const gzip = gzipSync(chunk.code, { level: 9 }).length;
  const shares = new Map();
  const lines = chunk.code.split('\n');
  decode(chunk.map.mappings).forEach((segments, line) => {
    const length = lines[line].length;
    segments.forEach((segment, i) => {
      const end = i + 1 < segments.length ? segments[i + 1][0] : length;
      const source = segment.length > 1 ? chunk.map.sources[segment[1]] : '(rollup)';
      shares.set(source, (shares.get(source) ?? 0) + end - segment[0]);
    });
  });
  console.log(`\n## ${chunk.fileName}: ${bytes(chunk.code.length)} minified, ${bytes(gzip)} gzip -9\n`);
  console.log('| module | minified | gzip (share) |\n|---|---:|---:|');
  for (const [source, n] of [...shares].sort((a, b) => b[1] - a[1])) {
    if (n < min) continue;
    console.log(`| ${source === '(rollup)' ? source : name(source)} | ${bytes(n)} | ${bytes(Math.round((n / chunk.code.length) * gzip))} |`);
  }
}
