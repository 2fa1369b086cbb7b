// The typed answers of the seed bank and the fixture banks, question by question: what a student may type and must
// be marked right, and what must be marked wrong. Every typed question (text, number, cloze) a bank with a probe file
// can make has its probes, so a new typed question cannot slip in untried. Uses dist/: build first.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';

const root = new URL('../../', import.meta.url);
const { allQuestions, checkAnswer, normalize } = await import(new URL('dist/domain.js', root).href);
const read = (path) => JSON.parse(readFileSync(new URL(path, root), 'utf8'));
const TYPED = new Set(['text', 'number', 'cloze']);
const typedOf = (bank) => allQuestions(bank).filter((q) => TYPED.has(q.kind));

/** Every bank the tests hold: the seed bank and the fixture banks written from real articles. */
const BANKS = ['questions/russia-ukraine-2024.json', ...readdirSync(new URL('test/fixtures/banks/', root)).map((f) => `test/fixtures/banks/${f}`)];
const bank = read('questions/russia-ukraine-2024.json');
const probes = read('test/fixtures/probes/russia-ukraine-2024.json');
const typed = typedOf(bank);

for (const path of BANKS) {
  const name = path.split('/').pop();
  const table = read(`test/fixtures/probes/${name}`);
  const questions = typedOf(read(path));
  test(`${name}: every typed question has accept and reject probes, and every probe names a question`, () => {
    assert.ok(questions.length > 10);
    for (const q of questions) {
      const p = table[q.id];
      assert.ok(p, `no probes for ${q.id}`);
      assert.ok(p.accept.length >= 2 && p.reject.length >= 2, `too few probes for ${q.id}`);
    }
    const ids = new Set(questions.map((q) => q.id));
    for (const id of Object.keys(table)) assert.ok(ids.has(id), `probes for ${id}, which the bank no longer makes`);
  });
  for (const q of questions) {
    test(`${name} ${q.id}: "${q.prompt.slice(0, 60)}"`, () => {
      const { accept, reject } = table[q.id] ?? { accept: [], reject: [] };
      const wrongly = [
        ...accept.filter((a) => !checkAnswer(q, a).correct).map((a) => `marked wrong: ${JSON.stringify(a)}`),
        ...reject.filter((r) => checkAnswer(q, r).correct).map((r) => `marked right: ${JSON.stringify(r)}`),
      ];
      assert.deepEqual(wrongly, []);
      // The shown answer, typed back, is always right.
      assert.equal(checkAnswer(q, q.answerText).correct, true, q.answerText);
    });
  }
}

// Every typed name of every bank: its shown answer and every form it lists, typed back, are right; every name of
// another entity or pool entry of the bank typed in its place is wrong, unless it is one of the answer's own forms
// (the slot accepts "Kyiv" for the Kyiv region, and so its spellings) or one without a word the question gives
// ("gravitational waves" for gravitational wave astronomy, where the type says astronomy).
for (const path of BANKS) {
  test(`${path}: every typed name accepts its own forms and no other name of the bank`, () => {
    const source = read(path);
    const named = [...source.entities, ...(source.pools ?? []).flatMap((pool) => pool.entities)];
    const formsOf = (e) => [e.label, ...(e.aliases ?? []), ...(e.spellings ?? [])];
    const wrongly = [];
    let checks = 0;
    for (const q of typedOf(source)) {
      const a = q.kind === 'cloze' ? q.blank : q;
      if (!a.accept) continue;
      const loose = new Set(a.loose ?? []);
      const own = new Set();
      for (const form of [...a.accept, ...(a.spellings ?? [])]) {
        own.add(normalize(form));
        const reduced = normalize(form).split(' ').filter((w) => !loose.has(w)).join(' ');
        own.add(reduced).add(`${reduced}s`);
      }
      for (const form of [q.answerText, ...a.accept, ...(a.spellings ?? [])]) {
        checks++;
        if (!checkAnswer(q, form).correct) wrongly.push(`${q.id}: own form ${JSON.stringify(form)} marked wrong`);
      }
      for (const e of named) {
        if (own.has(normalize(e.label))) continue;
        for (const form of formsOf(e)) {
          if (own.has(normalize(form))) continue;
          checks++;
          if (checkAnswer(q, form).correct) wrongly.push(`${q.id}: ${JSON.stringify(form)} (${e.id}) marked right for ${q.answerText}`);
        }
      }
    }
    assert.deepEqual(wrongly, []);
    assert.ok(checks > 100, `${checks} checks`);
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
