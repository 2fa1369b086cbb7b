// The typed answers of the seed bank, question by question: what a student may type and must be
// marked right, and what must be marked wrong. Every typed question (text, number, cloze) the bank can
// make has its probes, so a new typed question cannot slip in untried. Uses dist/: build first.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';

const root = new URL('../../', import.meta.url);
const { allQuestions, checkAnswer } = await import(new URL('dist/domain.js', root).href);
const bank = JSON.parse(readFileSync(new URL('questions/russia-ukraine-2024.json', root), 'utf8'));
const probes = JSON.parse(readFileSync(new URL('test/fixtures/probes/russia-ukraine-2024.json', root), 'utf8'));
const typed = allQuestions(bank).filter((q) => q.kind === 'text' || q.kind === 'number' || q.kind === 'cloze');

test('every typed question of the seed bank has accept and reject probes, and every probe names a question', () => {
  assert.ok(typed.length > 70);
  for (const q of typed) {
    const p = probes[q.id];
    assert.ok(p, `no probes for ${q.id}`);
    assert.ok(p.accept.length >= 2 && p.reject.length >= 2, `too few probes for ${q.id}`);
  }
  const ids = new Set(typed.map((q) => q.id));
  for (const id of Object.keys(probes)) assert.ok(ids.has(id), `probes for ${id}, which the bank no longer makes`);
});

for (const q of typed) {
  test(`${q.id}: "${q.prompt.slice(0, 60)}"`, () => {
    const { accept, reject } = probes[q.id] ?? { accept: [], reject: [] };
    const wrongly = [
      ...accept.filter((a) => !checkAnswer(q, a).correct).map((a) => `marked wrong: ${JSON.stringify(a)}`),
      ...reject.filter((r) => checkAnswer(q, r).correct).map((r) => `marked right: ${JSON.stringify(r)}`),
    ];
    assert.deepEqual(wrongly, []);
    // The shown answer, typed back, is always right.
    assert.equal(checkAnswer(q, q.answerText).correct, true, q.answerText);
  });
}

// (The generic cases with no typed question in this bank, such as "Air Force" where the stem says Ukrainian,
// "V. Putin" or "Russian MoD" (the bank gives the ministry's silence on Pskov as context, never asked), are in
// test/domain/check.test.ts.)
test('the probes hold what students type: plurals, short forms, initials, acronyms, units, and never a hedge', () => {
  const has = (id, list, value) => assert.ok(probes[id]?.[list].includes(value), `${id} ${list} ${value}`);
  has('f16-jets-arriving.jet.text', 'accept', 'F-16s');
  has('f16-jets-arriving.jet.text', 'accept', 'F-16 jets');
  has('kyiv-region-officials-heaviest.region.text', 'accept', 'Kyiv');
  has('ties-date-from-world-war-ii.war.text', 'accept', 'World War Two');
  has('ties-date-from-world-war-ii.war.text', 'reject', 'WWI');
  has('vedernikov-posts-videos.governor.text', 'accept', 'M. Vedernikov');
  has('air-force-intercepts-43-of-44.intercepted.number', 'accept', '43.');
  has('drones-hit-six-regions.regions.number', 'accept', 'six regions.');
  has('putin-to-visit-north-korea.years.number', 'accept', '24yrs');
  has('air-force-intercepts-43-of-44.intercepted.number', 'reject', '43 or 44');
  has('two-killed-in-kyiv.dead.number', 'reject', 'more than 2');
  has('two-killed-in-kyiv.dead.number', 'reject', 'at most 2');
  has('pskov-near-estonian-border.distance.number', 'reject', '30 km');
  has('explosions-over-kyiv-at-dawn.city.text', 'reject', 'Kirov');
  has('explosions-over-kyiv-at-dawn.city.text', 'reject', 'Kiel');
});
