// The realistic banks the bench measures (bench/banks.mjs): the seed bank copied to a size, each
// copy a valid bank of its own, with ids, relations and names no other copy has.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { copyTag, realisticBank, seedBank } from '../../bench/banks.mjs';

const { parseBank, editDistance, normalize } = await import('../../dist/domain.js');

test('a realistic bank has exactly the facts asked for and passes the validator', () => {
  for (const facts of [46, 100, 1000]) {
    const bank = realisticBank(facts);
    assert.equal(bank.facts.length, facts);
    const { problems } = parseBank(JSON.stringify(bank, null, 2));
    assert.deepEqual(problems, [], `${facts} facts`);
  }
});

test('copies share no id, relation or name, and each copy names only its own entities', () => {
  const seed = seedBank();
  const bank = realisticBank(seed.facts.length * 3);
  const unique = (list, what) => assert.equal(new Set(list).size, list.length, `${what} are unique`);
  unique(bank.articles.map((a) => a.id), 'article ids');
  unique(bank.articles.map((a) => a.title), 'article titles');
  unique(bank.entities.map((e) => e.id), 'entity ids');
  unique(bank.facts.map((f) => f.id), 'fact ids');
  assert.equal(new Set(bank.facts.map((f) => f.relation)).size, new Set(seed.facts.map((f) => f.relation)).size * 3, 'relations are per copy');
  // Names (label, aliases, spellings, normalised) of one copy appear in no other: the seed itself
  // gives "Pskov" to both the region and the airfield, within one copy.
  const perCopy = [0, 1, 2].map((n) => {
    const suffix = '-' + copyTag(n).toLowerCase().replace(' ', '-');
    return new Set(bank.entities.filter((e) => e.id.endsWith(suffix)).flatMap((e) => [e.label, ...(e.aliases ?? []), ...(e.spellings ?? [])].map((x) => normalize(x))));
  });
  assert.equal(new Set(perCopy.flatMap((names) => [...names])).size, perCopy.reduce((sum, names) => sum + names.size, 0), 'no name in two copies');

  // Copy 1 writes every name with its own tag: no text of it holds a bare name or another copy's tag.
  const tag = copyTag(1);
  const copy = bank.facts.filter((f) => f.id.endsWith('-' + tag.toLowerCase().replace(' ', '-')));
  assert.equal(copy.length, seed.facts.length);
  const texts = copy.flatMap((f) => [f.text, f.explanation ?? '', ...Object.values(f.ask ?? {})]).join('\n');
  assert.ok(!texts.includes(copyTag(0)) && !texts.includes(copyTag(2)), 'no other copy named');
  for (const city of ['Kharkiv', 'Kherson', 'Pyongyang']) {
    assert.match(texts, new RegExp(`${city} ${tag}`));
    assert.doesNotMatch(texts, new RegExp(`\\b${city}(?! ${tag})\\b`), `every ${city} carries the tag`);
  }
  assert.ok(copy.every((f) => [...f.text.matchAll(/\{(\w+)\}/g)].every(([, slot]) => slot in f.slots)), 'the {slot}s are untouched');
});

test('the copies\' tags are further apart than any typo the typed answer forgives', () => {
  const words = [...new Set(Array.from({ length: 2500 }, (_, n) => copyTag(n).split(' ')).flat())];
  assert.equal(words.length, 50);
  for (let i = 0; i < words.length; i++) {
    for (let j = i + 1; j < words.length; j++) assert.ok(editDistance(words[i].toLowerCase(), words[j].toLowerCase()) >= 3, `${words[i]} / ${words[j]}`);
  }
  assert.equal(new Set(Array.from({ length: 2500 }, (_, n) => copyTag(n))).size, 2500);
  assert.throws(() => copyTag(2500), /at most 2500 copies/);
});
