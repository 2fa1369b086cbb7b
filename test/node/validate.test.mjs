// `news-quiz validate` as a real process (the JSON Schema is held to the validator in schema.test.mjs).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const cli = (...args) => spawnSync(process.execPath, ['bin/news-quiz.js', 'validate', ...args], { encoding: 'utf8' });
const lines = (text) => text.split('\n').filter((line) => line !== '');
const broken = (name) => `test/fixtures/broken/${name}`;
const minimal = 'test/fixtures/minimal-bank.json';

test('a valid bank: one ok line with its counts, exit 0', () => {
  const result = cli(minimal);
  assert.equal(result.status, 0, result.stdout + result.stderr);
  assert.deepEqual(lines(result.stdout), [`${minimal}: ok (4 facts, 4 entities, 1 article)`]);
  assert.equal(result.stderr, '');
});

// Each hand-broken bank and every line it must print, checked by hand against the file.
const expected = {
  'references.json': [
    '15:21: $.entities[1].type: unknown type "city" (no type has this id)',
    '22:7: $.facts[0].paragraph: paragraph 19 is beyond the article "arms-talks", which has 15 paragraphs',
    '24:32: $.facts[0].slots.airfield.entity: unknown entity "pskov-airfeld" (no entity or pool entry has this id) Did you mean "pskov-airfield"?',
    '29:7: $.facts[1].article: unknown article "arm-talks" (no article has this id) Did you mean "arms-talks"?',
  ],
  'slots.json': [
    '17:7: $.facts[0].text: "{yeras}" in text names no slot (this fact\'s slots: leader, years) Did you mean "years"?',
    '20:9: $.facts[0].slots.years: slot "years" is never used in text (write {years} where its value stands)',
    '20:34: $.facts[0].slots.years.qualifier: unknown "roughly": expected one of exactly, about, nearly, at-least, more-than, at-most, fewer-than',
    '22:16: $.facts[0].ask.visitor: ask names slot "visitor", which this fact does not have (its slots: leader, years)',
    '30:18: $.facts[1].slots.leader: a slot needs one of "entity", "number" or "date", found only "person"',
  ],
  'types-and-pools.json': [
    '10:25: $.types[0].parent: type parent cycle: aircraft → fighter-jet → aircraft (a type cannot be its own ancestor)',
    '12:22: $.types[2].label: empty label',
    '16:7: $.entities[1].id: duplicate id "f-16" (also at $.entities[0])',
    '30:7: $.pools[0].type: unknown type "fighter-jets" (no type has this id) Did you mean "fighter-jet"?',
    '32:22: $.pools[0].entities[0].id: pool id "f-16" collides with the entity at $.entities[0]: a pool holds names from outside the bank',
  ],
  'top-level.json': [
    '1:1: $: missing "facts": a bank needs facts to ask about',
    '2:3: $.version: unsupported version 3: this code reads versions 1, 2',
    '3:3: $.id: invalid id "Broken Top": use lower-case letters, digits and "-", starting with a letter or digit',
    '5:3: $.language: invalid language "english": expected a BCP 47 language tag such as "en"',
    '7:62: $.articles[0].date: expected an ISO date (YYYY, YYYY-MM or YYYY-MM-DD), found "June 2024"',
    '7:83: $.articles[0].paragraphs: expected a whole number from 1 to 10,000, found 0',
    '11:3: $.factz: unknown property "factz" (did you mean "facts"?)',
    '12:40: $.overlaps[0].facts: expected at least 2 items, found 1: an overlap links two or more facts',
    '12:50: $.overlaps[0].facts[0]: unknown fact "nothing" (no fact has this id)',
  ],
  'duplicate-key.json': ['4:3: $.id: property "id" given twice in one object (first at line 3 column 3); JSON keeps only this last one'],
  'trailing-comma.json': ['5:18: $: trailing comma before "]": JSON allows none'],
  'unterminated-string.json': ['3:12: $: unterminated string: no closing quote before the end of the line'],
};

test('every hand-broken bank has its expected lines', () => {
  assert.deepEqual(readdirSync('test/fixtures/broken').sort(), Object.keys(expected).sort());
});

for (const [name, want] of Object.entries(expected)) {
  test(`broken/${name}: exit 1 and FILE:LINE:COL: PATH: message for each problem`, () => {
    const result = cli(broken(name));
    assert.equal(result.status, 1, result.stderr);
    assert.deepEqual(lines(result.stdout), want.map((line) => `${broken(name)}:${line}`));
  });
}

test('several files: an ok line for the valid one, the problems of the other, exit 1', () => {
  const result = cli(minimal, broken('trailing-comma.json'));
  assert.equal(result.status, 1);
  assert.deepEqual(lines(result.stdout), [
    `${minimal}: ok (4 facts, 4 entities, 1 article)`,
    `${broken('trailing-comma.json')}:5:18: $: trailing comma before "]": JSON allows none`,
  ]);
});

test('a file that is not JSON, or not UTF-8, or empty', () => {
  const dir = mkdtempSync(join(tmpdir(), 'news-quiz-validate-'));
  const write = (name, content) => {
    writeFileSync(join(dir, name), content);
    return join(dir, name);
  };
  const markdown = write('notes.md', '# Notes\n\nNot a bank.\n');
  assert.deepEqual(lines(cli(markdown).stdout), [`${markdown}:1:1: $: expected a value, found "#"`]);
  const latin1 = write('latin1.json', Buffer.from([0x7b, 0x22, 0x74, 0xe9, 0x22, 0x7d]));
  assert.deepEqual(lines(cli(latin1).stdout), [`${latin1}: cannot read: the file is not valid UTF-8 text`]);
  const empty = write('empty.json', '');
  assert.deepEqual(lines(cli(empty).stdout), [`${empty}:1:1: $: the file is empty: expected a JSON object`]);
  const bom = write('bom.json', `\uFEFF${readFileSync(minimal, 'utf8')}`);
  assert.equal(cli(bom).status, 0);
  for (const file of [markdown, latin1, empty]) assert.equal(cli(file).status, 1);
});

test('a missing file: one "cannot read" line, exit 1', () => {
  const result = cli('test/fixtures/no-such-bank.json');
  assert.equal(result.status, 1);
  assert.deepEqual(lines(result.stdout), ['test/fixtures/no-such-bank.json: cannot read: no such file']);
  assert.deepEqual(lines(cli('test/fixtures').stdout), ['test/fixtures: cannot read: it is a directory']);
});

test('no files, or an unknown option: usage on stderr, exit 2', () => {
  const none = cli();
  assert.equal(none.status, 2);
  assert.equal(none.stdout, '');
  assert.match(none.stderr, /name at least one bank file/);
  assert.match(none.stderr, /Usage: news-quiz validate \[--json\] \[--max-problems N\] FILE\.\.\./);
  const unknown = cli('--strict', minimal);
  assert.equal(unknown.status, 2);
  assert.match(unknown.stderr, /unknown option "--strict"/);
});

test('--help: usage on stdout, exit 0', () => {
  const result = cli('--help');
  assert.equal(result.status, 0);
  assert.match(result.stdout, /^Usage: news-quiz validate/);
  assert.match(result.stdout, /--json/);
});

test('--json: the outcome of each file as JSON', () => {
  const result = cli('--json', minimal, broken('references.json'), 'nowhere.json');
  assert.equal(result.status, 1);
  const outcomes = JSON.parse(result.stdout);
  assert.deepEqual(outcomes[0], { file: minimal, ok: true, problems: [], counts: { facts: 4, entities: 4, articles: 1 } });
  assert.equal(outcomes[1].ok, false);
  assert.deepEqual(outcomes[1].problems[1], {
    path: '$.facts[0].paragraph',
    message: 'paragraph 19 is beyond the article "arms-talks", which has 15 paragraphs',
    line: 22,
    column: 7,
  });
  assert.equal(outcomes[1].problems.length, expected['references.json'].length);
  assert.deepEqual(outcomes[2], { file: 'nowhere.json', ok: false, error: 'cannot read: no such file', problems: [] });
});

const banks = readdirSync('questions').filter((name) => name.endsWith('.json')).map((name) => `questions/${name}`);

test('every bank in questions/ is valid', { skip: banks.length === 0 && 'no bank in questions/ yet' }, () => {
  const result = cli(...banks);
  assert.equal(result.status, 0, result.stdout);
  assert.equal(lines(result.stdout).length, banks.length);
  for (const line of lines(result.stdout)) assert.match(line, /: ok \(\d+ facts, \d+ entities, \d+ articles?\)$/);
});
