// Rewrites test/golden/quiz-digests.json: the SHA-256 of JSON.stringify of the
// quizzes (and of every candidate question) the generator makes from the test
// bank for a few seeds. Node (test/node/determinism.test.mjs) and Chromium
// (test/domain/generate.test.ts) both compare against this one file, so both
// must produce the same bytes. Run after a deliberate change to generation:
//   npm run build && node scripts/update-golden.mjs
import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';

const root = new URL('../', import.meta.url);
const { generate, candidates } = await import(new URL('dist/domain.js', root).href);
const golden = JSON.parse(readFileSync(new URL('test/golden/quiz-digests.json', root), 'utf8'));
const bank = JSON.parse(readFileSync(new URL(golden.bank, root), 'utf8'));
const sha256 = (text) => createHash('sha256').update(text, 'utf8').digest('hex');

for (const entry of golden.cases) {
  const output = entry.all ? candidates(bank, { ...entry.options, seed: entry.seed }) : generate(bank, { ...entry.options, seed: entry.seed });
  entry.sha256 = sha256(JSON.stringify(output));
}
writeFileSync(new URL('test/golden/quiz-digests.json', root), `${JSON.stringify(golden, null, 2)}\n`);
console.log(`updated ${golden.cases.length} digests in test/golden/quiz-digests.json`);
