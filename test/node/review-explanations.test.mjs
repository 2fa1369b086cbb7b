// The review sheet's check on feedback: an explanation that only restates its fact, or leaves out the
// answer it explains, is listed under the sentences to check; one that adds what its paragraph says is not.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { join } from 'node:path';

const root = fileURLToPath(new URL('../../', import.meta.url));
const { reviewBank, newWords, RESTATES_BELOW } = await import(new URL('dist/domain.js', `file://${root}`).href);
const read = (file) => JSON.parse(readFileSync(join(root, file), 'utf8'));
const BANKS = ['questions/russia-ukraine-2024.json', 'test/fixtures/banks/turkey-syria-earthquake-2023.json'];
const notesFor = (bank, path) => reviewBank(bank).notes.filter((n) => n.path === path);

test('review: an explanation that restates its fact is flagged, with what to add', () => {
  const bank = read(BANKS[0]);
  const i = bank.facts.findIndex((f) => f.id === 'estonia-in-nato');
  assert.deepEqual(notesFor(bank, `$.facts[${i}].explanation`), [], 'the bank explanation adds what its paragraph says');
  const copy = structuredClone(bank);
  copy.facts[i].explanation = 'Estonia is a member of NATO, so a strike this close to its border was a concern for the alliance and not for Russia alone.';
  const notes = notesFor(copy, `$.facts[${i}].explanation`);
  assert.equal(notes.length, 1);
  assert.match(notes[0].message, /^restates what the question already shows \(only .+ new\)/);
  assert.match(notes[0].message, /say why it matters or what else its paragraph says/);
});

test('review: an explanation that names its answer only by a description is flagged', () => {
  const bank = read(BANKS[0]);
  const i = bank.facts.findIndex((f) => f.id === 'vedernikov-posts-videos');
  const copy = structuredClone(bank);
  copy.facts[i].explanation =
    'The governor of the region where the airfield was hit shared videos of a fire at night and heavy smoke on his messaging channel, the first pictures anyone saw of the strike.';
  const messages = notesFor(copy, `$.facts[${i}].explanation`).map((n) => n.message);
  for (const answer of ['governor: Mikhail Vedernikov', 'region: Pskov region', 'app: Telegram']) {
    assert.ok(messages.some((m) => m.startsWith(`does not name the answer it explains (${answer})`)), answer);
  }
  // A figure counts as named in digits or in words.
  const j = bank.facts.findIndex((f) => f.id === 'drones-hit-six-regions');
  copy.facts[j].explanation = 'The drones ranged over many Russian regions in a single night, and the article neither lists them nor says what was struck in most.';
  assert.ok(notesFor(copy, `$.facts[${j}].explanation`).some((n) => n.message.startsWith('does not name the answer it explains (regions: 6)')));
  copy.facts[j].explanation = bank.facts[j].explanation;
  assert.match(copy.facts[j].explanation, /^Six /);
  assert.deepEqual(notesFor(copy, `$.facts[${j}].explanation`), []);
});

test('review: the understanding items are checked against their own question and answer', () => {
  const bank = read(BANKS[1]);
  const i = bank.understanding.findIndex((u) => u.id === 'why-trapped-unknown');
  const copy = structuredClone(bank);
  copy.understanding[i].explanation = 'So many buildings fell that nobody can yet tell how many people may still be trapped under them.';
  assert.equal(notesFor(copy, `$.understanding[${i}].explanation`).length, 1);
});

test('review: new words are counted by root, small words and words about the article left out', () => {
  assert.deepEqual(newWords('The article notes that the Russian drones struck Russia.', ['Drones struck Russia.']), []);
  assert.deepEqual(newWords('Estonia belongs to NATO and borders Russia.', ["Estonia's NATO membership"]).sort(), ['belong', 'border', 'russ']);
  assert.equal(RESTATES_BELOW, 4);
});

test("review: no explanation in the project's banks restates its fact or leaves out its answer", () => {
  for (const file of BANKS) {
    const notes = reviewBank(read(file)).notes.filter((n) => n.path.endsWith('.explanation'));
    assert.deepEqual(notes, [], file);
  }
});
