// The JSON Schema (schema/bank.schema.json) against the validator, with Ajv: both accept every valid
// bank the tests have and reject every broken one; and over every single change of a valid bank
// (each property removed, each value replaced, a property added) the validator rejects whatever
// the schema rejects, and the schema rejects every value whose shape the validator rejects. The
// TypeScript types are held to the validator's tables by the compiler (`Fields<T>` in bank-rules.ts, and the reasons for required fields by `Reasons<T>` in validate.ts).
// Uses dist/: build first.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import Ajv2020Module from 'ajv/dist/2020.js';

const Ajv2020 = Ajv2020Module.default ?? Ajv2020Module;
const { SIGNED_UNIT, validateBank } = await import('../../dist/domain.js');

const schema = JSON.parse(readFileSync('schema/bank.schema.json', 'utf8'));
const ajv = new Ajv2020({ allErrors: true, strict: true });
const schemaAccepts = ajv.compile(schema);
const read = (file) => JSON.parse(readFileSync(file, 'utf8'));
const jsonFiles = (dir) => readdirSync(dir).filter((f) => f.endsWith('.json')).map((f) => `${dir}/${f}`);

const VALID = [...jsonFiles('questions'), 'test/fixtures/minimal-bank.json', 'test/fixtures/generator-bank.json', 'test/fixtures/element/small-bank.json', 'test/fixtures/element/payload-bank.json'];
/** The broken banks that are JSON (the others never reach a schema). */
const BROKEN = [...jsonFiles('test/fixtures/broken'), 'test/fixtures/element/invalid-bank.json'].filter((file) => {
  try {
    JSON.parse(readFileSync(file, 'utf8'));
    return true;
  } catch {
    return false;
  }
});

/**
 * Ajv's errors as `PATH keyword`, with JSON paths written as the validator writes them. The errors
 * of the branches of a failed `oneOf` or `anyOf` are folded into it: which branch was meant is a
 * guess (the validator guesses from the slot's key).
 */
function schemaErrors(bank) {
  if (schemaAccepts(bank)) return [];
  const path = (pointer) => `$${pointer.split('/').slice(1).map((step) => (/^\d+$/.test(step) ? `[${step}]` : `.${step.replace(/~1/g, '/').replace(/~0/g, '~')}`)).join('')}`;
  const where = (e) => (e.keyword === 'additionalProperties' ? `${e.instancePath}/${e.params.additionalProperty}` : e.instancePath);
  const choices = schemaAccepts.errors.filter((e) => e.keyword === 'oneOf' || e.keyword === 'anyOf').map((e) => e.instancePath);
  const folded = (e) => e.keyword !== 'oneOf' && e.keyword !== 'anyOf' && choices.some((c) => where(e) === c || where(e).startsWith(`${c}/`));
  const lines = schemaAccepts.errors.filter((e) => !folded(e)).map((e) => `${path(where(e))} ${e.keyword === 'required' ? `required ${e.params.missingProperty}` : e.keyword}`);
  return [...new Set(lines)].sort();
}

test('the schema is a valid JSON Schema 2020-12 under Ajv strict mode, and the broken-bank list is not empty', () => {
  assert.equal(typeof schemaAccepts, 'function');
  assert.ok(BROKEN.length >= 5, BROKEN.join(', '));
});

test('the schema and the validator share one pattern for the units a negative figure may have', () => {
  assert.equal(schema.$defs.numberSlot.if.properties.unit.pattern, SIGNED_UNIT.source);
});

for (const file of VALID) {
  test(`${file}: the schema and the validator accept it`, () => {
    const bank = read(file);
    assert.deepEqual(schemaErrors(bank), []);
    assert.deepEqual(validateBank(bank), []);
  });
}

// What the schema says of each broken bank; references, paragraph bounds, placeholders, cycles and
// duplicate ids are beyond a schema (the validator reports them; see the other tests).
const BROKEN_SCHEMA_ERRORS = {
  'test/fixtures/broken/top-level.json': [
    '$ required facts',
    '$.articles[0].date anyOf',
    '$.articles[0].paragraphs minimum',
    '$.factz additionalProperties',
    '$.id pattern',
    '$.language pattern',
    '$.overlaps[0].facts minItems',
    '$.version enum',
  ],
  'test/fixtures/broken/slots.json': ['$.facts[0].slots.years oneOf', '$.facts[1].slots.leader oneOf'],
  'test/fixtures/broken/types-and-pools.json': ['$.types[2].label pattern'],
  'test/fixtures/broken/references.json': [],
  'test/fixtures/broken/duplicate-key.json': [],
  'test/fixtures/element/invalid-bank.json': ['$ required title'],
};

test('every broken bank: the validator rejects it, and the schema reports exactly the shape problems listed', () => {
  assert.deepEqual(Object.keys(BROKEN_SCHEMA_ERRORS).sort(), [...BROKEN].sort());
  for (const file of BROKEN) {
    const bank = read(file);
    // A property named twice is lost to JSON.parse: only the text shows it (parseBank reports it).
    if (!file.endsWith('duplicate-key.json')) assert.notDeepEqual(validateBank(bank), [], file);
    assert.deepEqual(schemaErrors(bank), [...BROKEN_SCHEMA_ERRORS[file]].sort(), file);
  }
});

/**
 * What the validator alone checks at a changed value: an `ask` key must name one of its fact's
 * slots (a reference within the fact), and a figure has at most six decimals (the schema says so
 * in words: `multipleOf` cannot say it exactly in binary floating point).
 */
const VALIDATOR_ONLY = [/^ask names slot /, /has more than 6 digits after the point$/];

/** Values put in place of each value: every JSON type, blank and invisible texts, numbers out of range. None is a valid id, so no reference can newly resolve or break. */
const REPLACEMENTS = [null, true, 0, -1, 1.5, 3, 1e13, -1e13, 0.1 + 0.2, '', ' ', '\u200b', '😀', 'X Y', 'Degrees Celsius', [], ['X Y'], {}, { 'X Y': 1 }];

/** Every change of one value in `bank`: [description, changed bank, path changed, what the validator reports there]. */
function* changes(bank) {
  const clone = () => structuredClone(bank);
  const at = (root, steps) => steps.reduce((value, step) => value[step], root);
  const pathOf = (steps) => `$${steps.map((s) => (typeof s === 'number' ? `[${s}]` : /^[A-Za-z_$][\w$]*$/.test(s) ? `.${s}` : `[${JSON.stringify(s)}]`)).join('')}`;
  function* walk(value, steps) {
    if (value === null || typeof value !== 'object') return;
    const keys = Array.isArray(value) ? value.map((_, i) => i) : Object.keys(value);
    for (const key of keys) {
      const child = [...steps, key];
      for (const replacement of REPLACEMENTS) {
        const changed = clone();
        at(changed, steps)[key] = structuredClone(replacement);
        yield [`${pathOf(child)} = ${JSON.stringify(replacement)}`, changed, pathOf(child)];
      }
      if (!Array.isArray(value)) {
        const removed = clone();
        delete at(removed, steps)[key];
        yield [`delete ${pathOf(child)}`, removed, pathOf(steps), `missing "${key}"`];
      }
      yield* walk(value[key], child);
    }
    if (!Array.isArray(value)) {
      for (const key of ['zz', '9 bad']) {
        const added = clone();
        at(added, steps)[key] = 'X Y';
        yield [`add ${pathOf([...steps, key])}`, added, pathOf([...steps, key])];
      }
    }
  }
  yield* walk(bank, []);
}

for (const file of ['test/fixtures/minimal-bank.json', 'test/fixtures/element/small-bank.json', 'test/fixtures/generator-bank.json']) {
  test(`${file}: over every single change, the schema and the validator agree on each value's shape`, () => {
    let count = 0;
    for (const [what, changed, path, missing] of changes(read(file))) {
      count += 1;
      const schemaOk = schemaAccepts(changed);
      const problems = validateBank(changed);
      // The validator is at least as strict as the schema.
      if (!schemaOk) assert.notDeepEqual(problems, [], `${what}: the schema rejects it (${JSON.stringify(schemaAccepts.errors[0])}), the validator accepts it`);
      // And where the validator finds fault with the changed value itself, so does the schema.
      const here = problems.filter(
        (p) => p.path === path && (missing === undefined || p.message.startsWith(missing)) && !VALIDATOR_ONLY.some((only) => only.test(p.message)),
      );
      if (schemaOk) assert.deepEqual(here, [], `${what}: the validator rejects it, the schema accepts it`);
    }
    assert.ok(count > 1000, `${count} changes`);
  });
}
