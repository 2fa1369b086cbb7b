import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { parseBank } from '../../src/domain/parse.js';
import { validateBank } from '../../src/domain/validate.js';
import type { Problem } from '../../src/domain/validate.js';
import { scanJson } from '../../src/domain/json-position.js';
import { normalHash } from '../../src/domain/text.js';

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

/** A small valid bank; each call gives a fresh copy to break. */
function minimal(): any {
  return {
    $schema: '../schema/bank.schema.json',
    version: 1,
    id: 'test-bank',
    title: 'A test quiz',
    language: 'en',
    articles: [
      { id: 'offensive', title: 'Offensive', site: null, date: null, paragraphs: 7, summary: 'Russia pushes in the east.' },
      { id: 'arms-talks', title: 'Arms talks', site: 'MegaloPreneur', date: '2024-06-19', paragraphs: 15, summary: 'Two leaders trade letters.' },
    ],
    types: [
      { id: 'person', label: 'person', plural: 'people', ask: 'Who' },
      { id: 'place', label: 'place', plural: 'places' },
      { id: 'airfield', parent: 'place', label: 'airfield', plural: 'airfields' },
      { id: 'aircraft', label: 'aircraft', plural: 'aircraft' },
      { id: 'cargo-plane', parent: 'aircraft', label: 'cargo plane', plural: 'cargo planes' },
    ],
    entities: [
      { id: 'pskov', type: 'airfield', label: 'Pskov airfield', aliases: ['Pskov'], spellings: ['Pskow'] },
      { id: 'morozovsk', type: 'airfield', label: 'Morozovsk air base' },
      { id: 'il-76', type: 'cargo-plane', label: 'Il-76' },
      {
        id: 'kirby',
        type: 'person',
        label: 'John Kirby',
        roles: [{ title: 'spokesperson of the National Security Council', article: 'arms-talks', paragraph: 3 }],
      },
    ],
    facts: [
      {
        id: 'pskov-planes',
        relation: 'damaged-at',
        article: 'arms-talks',
        paragraph: 10,
        text: '{count} {plane} planes were damaged at {base}.',
        slots: {
          count: { number: 4, qualifier: 'exactly', unit: 'planes', label: 'planes damaged at Pskov', tolerance: 0 },
          plane: { entity: 'il-76' },
          base: { entity: 'pskov' },
        },
        ask: { base: 'Where were {count} {plane} planes damaged?' },
        prominence: 2,
      },
      {
        id: 'morozovsk-raid',
        relation: 'drone-strike',
        article: 'offensive',
        paragraph: 4,
        text: 'Drones hit {base} in {when}.',
        slots: { base: { entity: 'morozovsk' }, when: { date: '2024', label: 'the raid' } },
        explanation: 'The raid targets Russian jets.',
      },
    ],
    pools: [{ type: 'airfield', note: 'Real Russian air bases the articles do not name.', entities: [{ id: 'engels', label: 'Engels air base' }] }],
    overlaps: [{ kind: 'distinct-events', facts: ['pskov-planes', 'morozovsk-raid'], note: 'Two different drone raids.' }],
  };
}

/** The problems of the minimal bank after `breakIt` has changed it. */
function problemsAfter(breakIt: (bank: any) => void): Problem[] {
  const bank = minimal();
  breakIt(bank);
  return validateBank(bank);
}

/** Asserts that some problem sits at exactly `path` and says `message` (a substring). */
function expectProblem(problems: Problem[], path: string, message: string): void {
  const found = problems.some((p) => p.path === path && p.message.includes(message));
  expect(found, `no problem at ${path} saying ${JSON.stringify(message)}; got:\n${problems.map((p) => `${p.path}: ${p.message}`).join('\n')}`).to.equal(true);
}

/** The 1-based line and column of `offset` in a text with LF line ends and no wide characters. */
function lineColumnAt(text: string, offset: number): { line: number; column: number } {
  const before = text.slice(0, offset).split('\n');
  return { line: before.length, column: before[before.length - 1]!.length + 1 };
}

/** The 1-based line and column of the first `needle` in `text`. */
function whereIs(text: string, needle: string): { line: number; column: number } {
  const offset = text.indexOf(needle);
  if (offset < 0) throw new Error(`${needle} not in text`);
  return lineColumnAt(text, offset);
}

describe('validateBank', () => {
  it('accepts a minimal valid bank', () => {
    expect(validateBank(minimal())).to.deep.equal([]);
  });

  it('rejects values that are not a bank object', () => {
    for (const [value, found] of [[null, 'null'], [[], 'array'], [3, 'number 3'], ['bank', 'string "bank"'], [undefined, 'nothing']] as const) {
      expect(validateBank(value)).to.deep.equal([{ path: '$', message: `expected a fact bank (an object), found ${found}` }]);
    }
  });

  it('reports a missing required property on its object', () => {
    const problems = problemsAfter((b) => delete b.facts[1].paragraph);
    expectProblem(problems, '$.facts[1]', 'missing "paragraph": every fact must cite its paragraph');
    expect(problems).to.have.length(1);
    expectProblem(problemsAfter((b) => delete b.articles[0].site), '$.articles[0]', 'missing "site"');
    expectProblem(problemsAfter((b) => delete b.facts), '$', 'missing "facts"');
  });

  it('says what was expected and what was found', () => {
    expectProblem(problemsAfter((b) => (b.entities[1].label = 7)), '$.entities[1].label', 'expected a string, found number 7');
    expectProblem(problemsAfter((b) => (b.entities[1].definite = 'yes')), '$.entities[1].definite', 'expected true or false, found string "yes"');
    expectProblem(problemsAfter((b) => (b.types = {})), '$.types', 'expected an array, found object');
    expectProblem(problemsAfter((b) => (b.entities[0].aliases = ['Pskov', 3])), '$.entities[0].aliases[1]', 'expected a string, found number 3');
    expectProblem(problemsAfter((b) => (b.facts[0] = 'fact')), '$.facts[0]', 'expected a fact (an object), found string "fact"');
  });

  it('reports empty texts by field name', () => {
    expectProblem(problemsAfter((b) => (b.entities[2].label = '  ')), '$.entities[2].label', 'empty label');
    expectProblem(problemsAfter((b) => (b.entities[0].aliases = [''])), '$.entities[0].aliases[0]', 'empty aliases item');
  });

  it('reports ids that break the id pattern', () => {
    expectProblem(problemsAfter((b) => (b.entities[0].id = 'Pskov Airfield')), '$.entities[0].id', 'invalid id "Pskov Airfield"');
    expectProblem(problemsAfter((b) => (b.facts[0].relation = 'damaged_at')), '$.facts[0].relation', 'invalid relation "damaged_at"');
  });

  it('reports duplicate ids with the first place', () => {
    const problems = problemsAfter((b) => (b.entities[1].id = 'pskov'));
    expectProblem(problems, '$.entities[1].id', 'duplicate id "pskov" (also at $.entities[0])');
    expectProblem(problemsAfter((b) => (b.facts[1].id = 'pskov-planes')), '$.facts[1].id', 'duplicate id "pskov-planes" (also at $.facts[0])');
  });

  it('reports unknown entities with a suggestion', () => {
    const problems = problemsAfter((b) => (b.facts[0].slots.base.entity = 'pskow'));
    expectProblem(problems, '$.facts[0].slots.base.entity', 'unknown entity "pskow" (no entity or pool entry has this id) Did you mean "pskov"?');
  });

  it('refuses a pool entry as a fact\'s answer', () => {
    expectProblem(problemsAfter((b) => (b.facts[1].slots.base.entity = 'engels')), '$.facts[1].slots.base.entity', '"engels" is a pool entry ($.pools[0].entities[0]): pools hold distractors only');
  });

  it('reports unknown article references from facts and roles', () => {
    expectProblem(problemsAfter((b) => (b.facts[0].article = 'arms-talk')), '$.facts[0].article', 'unknown article "arms-talk" (no article has this id) Did you mean "arms-talks"?');
    expectProblem(problemsAfter((b) => (b.entities[3].roles[0].article = 'elsewhere')), '$.entities[3].roles[0].article', 'unknown article "elsewhere"');
  });

  it('reports unknown type references from entities, pools and parents', () => {
    expectProblem(problemsAfter((b) => (b.entities[2].type = 'cargo-planes')), '$.entities[2].type', 'unknown type "cargo-planes" (no type has this id)');
    expectProblem(problemsAfter((b) => (b.pools[0].type = 'air-base')), '$.pools[0].type', 'unknown type "air-base"');
    expectProblem(problemsAfter((b) => (b.types[2].parent = 'location')), '$.types[2].parent', 'unknown type "location"');
  });

  it('reports each cycle of type parents once', () => {
    const problems = problemsAfter((b) => (b.types[1].parent = 'airfield'));
    expectProblem(problems, '$.types[1].parent', 'type parent cycle: place → airfield → place');
    expect(problems.filter((p) => p.message.includes('cycle'))).to.have.length(1);
    expectProblem(problemsAfter((b) => (b.types[0].parent = 'person')), '$.types[0].parent', 'type parent cycle: person → person');
  });

  it('reports paragraphs beyond the end of their article', () => {
    expectProblem(problemsAfter((b) => (b.facts[0].paragraph = 19)), '$.facts[0].paragraph', 'paragraph 19 is beyond the article "arms-talks", which has 15 paragraphs');
    expectProblem(problemsAfter((b) => (b.entities[3].roles[0].paragraph = 16)), '$.entities[3].roles[0].paragraph', 'paragraph 16 is beyond the article "arms-talks"');
    expect(problemsAfter((b) => (b.facts[0].paragraph = 15))).to.deep.equal([]);
  });

  it('reports a format version it does not read', () => {
    expectProblem(problemsAfter((b) => (b.version = 3)), '$.version', 'unsupported version 3: this code reads versions 1, 2');
    expectProblem(problemsAfter((b) => (b.version = '1')), '$.version', 'expected a number, found string "1"');
  });

  it('matches {slot} placeholders in text with the slots', () => {
    const problems = problemsAfter((b) => (b.facts[1].text = 'Drones hit {bse} in {when}.'));
    expectProblem(problems, '$.facts[1].text', '"{bse}" in text names no slot (this fact\'s slots: base, when) Did you mean "base"?');
    expectProblem(problems, '$.facts[1].slots.base', 'slot "base" is never used in text');
    expectProblem(problemsAfter((b) => (b.facts[1].text = 'Drones hit {base} in {when.')), '$.facts[1].text', 'unmatched brace in text');
  });

  it('reports ask keys that are not slots, and questions that give their answer away', () => {
    expectProblem(problemsAfter((b) => (b.facts[0].ask = { airfield: 'Where?' })), '$.facts[0].ask.airfield', 'ask names slot "airfield", which this fact does not have (its slots: count, plane, base)');
    expectProblem(problemsAfter((b) => (b.facts[0].ask.base = 'Were planes hit at {base}?')), '$.facts[0].ask.base', 'gives its own answer away');
  });

  it('reports qualifiers, kinds and prominence outside their lists', () => {
    expectProblem(problemsAfter((b) => (b.facts[0].slots.count.qualifier = 'roughly')), '$.facts[0].slots.count.qualifier', 'unknown "roughly": expected one of exactly, about, nearly, at-least, more-than, at-most, fewer-than');
    expectProblem(problemsAfter((b) => (b.overlaps[0].kind = 'same')), '$.overlaps[0].kind', 'unknown "same": expected one of distinct-events, same-event');
    expectProblem(problemsAfter((b) => (b.facts[0].prominence = 4)), '$.facts[0].prominence', 'found number 4: expected one of 1, 2, 3');
  });

  it('reports non-finite, negative and fractional numbers where a count is expected', () => {
    expectProblem(problemsAfter((b) => (b.articles[0].paragraphs = -3)), '$.articles[0].paragraphs', 'expected a whole number from 1 to 10,000, found -3');
    expectProblem(problemsAfter((b) => (b.facts[0].paragraph = 0)), '$.facts[0].paragraph', 'found 0');
    expectProblem(problemsAfter((b) => (b.facts[0].paragraph = 2.5)), '$.facts[0].paragraph', 'found 2.5');
    expectProblem(problemsAfter((b) => (b.articles[1].paragraphs = Infinity)), '$.articles[1].paragraphs', 'found Infinity');
    expectProblem(problemsAfter((b) => (b.facts[0].slots.count.number = NaN)), '$.facts[0].slots.count.number', 'expected a finite number, found NaN');
    expectProblem(problemsAfter((b) => (b.facts[0].slots.count.tolerance = -1)), '$.facts[0].slots.count.tolerance', 'expected a figure of 0 or more, found -1');
  });

  it('bounds figures to what a reader can read and type back: twelve digits, six decimals, a count never negative', () => {
    const figureAt = '$.facts[0].slots.count.number';
    const figure = (n: number) => problemsAfter((b) => (b.facts[0].slots.count.number = n));
    expectProblem(figure(1e21), figureAt, 'figure 1e+21 is too large to read or type: figures have at most twelve digits');
    expectProblem(figure(1e308), figureAt, 'figure 1e+308 is too large');
    expectProblem(figure(1e12), figureAt, 'figure 1000000000000 is too large');
    expectProblem(figure(-5), figureAt, 'a count is never negative, found -5 "planes": only a figure on a scale that runs below zero (degrees, per cent, points) may be');
    expectProblem(figure(-1e12), figureAt, 'too large');
    expectProblem(figure(0.1 + 0.2), figureAt, 'figure 0.30000000000000004 has more than 6 digits after the point');
    expectProblem(figure(1e-7), figureAt, 'figure 1e-7 has more than 6 digits after the point');
    for (const fine of [0, 1, 2.5, 0.000001, 123456.789012, 999_999_999_999]) expect(figure(fine), String(fine)).to.deep.equal([]);
    // A temperature, a change in per cent or points may run below zero.
    for (const unit of ['degrees Celsius', 'degrees', '°F', 'per cent', '% change', 'percentage points', 'points']) {
      const signed = problemsAfter((b) => Object.assign(b.facts[0].slots.count, { number: -6, unit, unitSingular: unit }));
      expect(signed, unit).to.deep.equal([]);
    }
    expectProblem(problemsAfter((b) => Object.assign(b.facts[0].slots.count, { number: -6, unit: 'pointers' })), figureAt, 'a count is never negative');
    expectProblem(problemsAfter((b) => (b.facts[0].slots.count.tolerance = 1e15)), '$.facts[0].slots.count.tolerance', 'too large');
    expectProblem(problemsAfter((b) => (b.articles[0].paragraphs = 1e300)), '$.articles[0].paragraphs', 'expected a whole number from 1 to 10,000, found 1e+300');
    expectProblem(problemsAfter((b) => (b.facts[0].paragraph = 10_001)), '$.facts[0].paragraph', 'found 10001');
    expect(problemsAfter((b) => (b.articles[0].paragraphs = 10_000))).to.deep.equal([]);
  });

  it('refuses a text with no letter or digit: invisible characters, emoji, punctuation', () => {
    for (const blank of ['\u200b', ' \u200b\u200d ', '😀', '—', '\u2063\ufeff', '🇺🇦 ✈️']) {
      const problems = problemsAfter((b) => (b.entities[2].label = blank));
      expectProblem(problems, '$.entities[2].label', `label ${JSON.stringify(blank)} has no letter or digit`);
      expectProblem(problemsAfter((b) => (b.types[0].plural = blank)), '$.types[0].plural', 'has no letter or digit');
      expectProblem(problemsAfter((b) => (b.facts[0].slots.count.unit = blank)), '$.facts[0].slots.count.unit', 'has no letter or digit');
    }
    for (const fine of ['F-16', 'Il-76 😀', '7', 'Київ', '北京']) expect(problemsAfter((b) => (b.pools[0].entities[0].label = fine)), fine).to.deep.equal([]);
  });

  it('refuses an entity label a typed answer could never match (no Latin letter or digit); an alias may be in any script', () => {
    expectProblem(problemsAfter((b) => (b.entities[0].label = 'Псков')), '$.entities[0].label', 'label "Псков" has no letter a–z or digit once accents are dropped');
    expect(problemsAfter((b) => (b.entities[0].aliases = ['Pskov', 'Псков']))).to.deep.equal([]);
    expect(problemsAfter((b) => (b.entities[0].label = 'Łódź airfield'))).to.deep.equal([]);
  });

  it('refuses two entities of one type with a name alike but for case, accents or punctuation', () => {
    expectProblem(
      problemsAfter((b) => (b.entities[1].label = 'PSKOV  Airfield')),
      '$.entities[1].label',
      'name "PSKOV  Airfield" is also a name of "Pskov airfield" ($.entities[0]), another airfield, but for case, accents or punctuation: a typed answer could not tell the two apart',
    );
    expectProblem(problemsAfter((b) => (b.entities[1].aliases = ['Morozovsk', 'pskov'])), '$.entities[1].aliases[1]', 'name "pskov" is also a name of "Pskov airfield"');
    expectProblem(problemsAfter((b) => (b.entities[1].spellings = ['Pskóv'])), '$.entities[1].spellings[0]', 'name "Pskóv" is also a name of "Pskov airfield"');
    // One entity may repeat its own name; entities of different types may share one (a region and its airfield).
    expect(problemsAfter((b) => (b.entities[0].spellings = ['Pskow', 'PSKOV airfield']))).to.deep.equal([]);
    expect(problemsAfter((b) => (b.entities[2].aliases = ['Pskov']))).to.deep.equal([]);
  });

  it('tells apart two names of one hash: names are compared by a hash of their normal form, then by the form itself', () => {
    // Two names whose normal forms differ and hash alike (found by a search): neither is the other's name.
    const [one, other] = ['Name loczfa', 'Name vfbppa'];
    expect(normalHash(one)).to.equal(normalHash(other));
    expect(problemsAfter((b) => ((b.entities[0].aliases = [one]), (b.entities[1].aliases = [other])))).to.deep.equal([]);
    const both = problemsAfter((b) => {
      b.entities[0].aliases = [one];
      b.entities[1].aliases = [other, 'NAME  LOCZFA'];
      b.pools[0].entities[0].spellings = ['name-vfbppa'];
    });
    expect(both.map((p) => p.path)).to.deep.equal(['$.entities[1].aliases[1]', '$.pools[0].entities[0].spellings[0]']);
    expectProblem(both, '$.entities[1].aliases[1]', 'name "NAME  LOCZFA" is also a name of "Pskov airfield" ($.entities[0])');
    expectProblem(both, '$.pools[0].entities[0].spellings[0]', 'pool name "name-vfbppa" is a name of the entity "Morozovsk air base" ($.entities[1])');
  });

  it('refuses a pool name that is a name of an entity of its type: a pool name must be wrong for every question', () => {
    expectProblem(
      problemsAfter((b) => (b.pools[0].entities[0].label = 'morozovsk AIR-BASE')),
      '$.pools[0].entities[0].label',
      'pool name "morozovsk AIR-BASE" is a name of the entity "Morozovsk air base" ($.entities[1]): a pool name must be wrong for every question of its type',
    );
    expectProblem(problemsAfter((b) => (b.pools[0].entities[0].spellings = ['pskow'])), '$.pools[0].entities[0].spellings[0]', 'pool name "pskow" is a name of the entity "Pskov airfield"');
    // Two pools may offer the same outside name.
    expect(problemsAfter((b) => b.pools.push({ type: 'airfield', note: 'Another list.', entities: [{ id: 'engels-2', label: 'Engels air base' }] }))).to.deep.equal([]);
  });

  it('reports dates that are not ISO or do not exist', () => {
    expectProblem(problemsAfter((b) => (b.articles[1].date = 'Wednesday, June 19, 2024')), '$.articles[1].date', 'expected an ISO date (YYYY, YYYY-MM or YYYY-MM-DD), found "Wednesday, June 19, 2024"');
    expectProblem(problemsAfter((b) => (b.facts[1].slots.when.date = '2023-02-29')), '$.facts[1].slots.when.date', 'no such date "2023-02-29"');
    expect(problemsAfter((b) => (b.facts[1].slots.when.date = '2024-02-29'))).to.deep.equal([]);
    expect(problemsAfter((b) => (b.articles[1].date = '2024-06'))).to.deep.equal([]);
  });

  it('reports overlaps with unknown, repeated or too few facts', () => {
    expectProblem(problemsAfter((b) => (b.overlaps[0].facts = ['pskov-planes', 'pskov-raid'])), '$.overlaps[0].facts[1]', 'unknown fact "pskov-raid"');
    expectProblem(problemsAfter((b) => (b.overlaps[0].facts = ['pskov-planes'])), '$.overlaps[0].facts', 'expected at least 2 items, found 1');
    const twice = problemsAfter((b) => (b.overlaps[0].facts = ['pskov-planes', 'pskov-planes']));
    expectProblem(twice, '$.overlaps[0].facts[1]', 'fact "pskov-planes" is listed twice');
    expectProblem(twice, '$.overlaps[0].facts', 'an overlap needs at least two different facts');
  });

  it('reports pool entries that collide with entities or each other', () => {
    expectProblem(problemsAfter((b) => (b.pools[0].entities[0].id = 'morozovsk')), '$.pools[0].entities[0].id', 'pool id "morozovsk" collides with the entity at $.entities[1]');
    expectProblem(problemsAfter((b) => b.pools[0].entities.push({ id: 'engels', label: 'Engels-2' })), '$.pools[0].entities[1].id', 'duplicate id "engels" (also at $.pools[0].entities[0])');
  });

  it('suggests the id meant for the first unknown references of a large bank, and stops comparing once its budget is spent', () => {
    const bank = minimal();
    for (let i = 0; i < 1000; i++) bank.entities.push({ id: `entity-${i}`, type: 'airfield', label: `Air base number ${i}` });
    for (let i = 0; i < 1000; i++) {
      bank.facts.push({ id: `raid-${i}`, relation: 'raid', article: 'offensive', paragraph: 1, text: 'Drones hit {base}.', slots: { base: { entity: `entiti-${i}` } } });
    }
    const unknown = validateBank(bank).filter((p) => p.message.startsWith('unknown entity'));
    expect(unknown).to.have.length(1000);
    expect(unknown[0]!.message).to.equal('unknown entity "entiti-0" (no entity or pool entry has this id) Did you mean "entity-0"?');
    // 200,000 comparisons among 1,004 ids: the first 199 references get a suggestion, the rest none.
    expect(unknown.filter((p) => p.message.includes('Did you mean')).length).to.equal(199);
    expect(unknown[999]!.message).to.equal('unknown entity "entiti-999" (no entity or pool entry has this id)');
  });

  it('reports unknown properties, with the name probably meant', () => {
    const problems = problemsAfter((b) => {
      b.factz = b.facts;
      delete b.facts;
    });
    expectProblem(problems, '$.factz', 'unknown property "factz" (did you mean "facts"?)');
    expectProblem(problems, '$', 'missing "facts"');
    expectProblem(problemsAfter((b) => (b.entities[0].colour = 'red')), '$.entities[0].colour', 'unknown property "colour" (an entity has: id, label, aliases, spellings, definite, type, roles)');
    expectProblem(problemsAfter((b) => (b.facts[0]['the note'] = 'x')), '$.facts[0]["the note"]', 'unknown property "the note"');
  });

  it('needs exactly one kind of value in a slot', () => {
    expectProblem(problemsAfter((b) => (b.facts[0].slots.plane = { id: 'il-76' })), '$.facts[0].slots.plane', 'a slot needs one of "entity", "number" or "date", found only "id"');
    expectProblem(problemsAfter((b) => (b.facts[0].slots.plane = { entity: 'il-76', date: '2024' })), '$.facts[0].slots.plane', 'a slot holds one value, found "entity", "date"');
    expectProblem(problemsAfter((b) => delete b.facts[0].slots.count.unit), '$.facts[0].slots.count', 'missing "unit"');
  });

  it('treats a "__proto__" key from JSON as an unknown property, not a prototype', () => {
    const bank = JSON.parse(`{"__proto__": {"version": 1}, ${JSON.stringify(minimal()).slice(1)}`);
    expectProblem(validateBank(bank), '$.__proto__', 'unknown property "__proto__"');
    expect(validateBank(bank)).to.have.length(1);
  });

  it('survives cycles and throwing getters', () => {
    const cyclic = minimal();
    cyclic.entities[0].roles = [cyclic];
    cyclic.facts[0].slots.base = cyclic.facts[0];
    expectProblem(validateBank(cyclic), '$.entities[0].roles[0].version', 'unknown property "version"');
    expectProblem(validateBank(cyclic), '$.facts[0].slots.base', 'a slot needs one of "entity", "number" or "date"');
    const hostile = minimal();
    Object.defineProperty(hostile, 'title', { enumerable: true, get: () => { throw new Error('no title today'); } });
    expect(validateBank(hostile)).to.deep.equal([{ path: '$', message: 'cannot check this value: no title today' }]);
  });

  it('reports every problem at once', () => {
    const problems = problemsAfter((b) => {
      b.version = 3;
      b.entities[0].label = '';
      b.facts[0].paragraph = 40;
      b.facts[1].slots.base.entity = 'nowhere';
      b.types[3].parent = 'cargo-plane';
      b.overlaps[0].facts = ['pskov-planes'];
    });
    expect(problems.map((p) => p.path).sort()).to.deep.equal(
      ['$.version', '$.entities[0].label', '$.facts[0].paragraph', '$.facts[1].slots.base.entity', '$.types[3].parent', '$.overlaps[0].facts'].sort(),
    );
  });
});

describe('parseBank', () => {
  it('returns the bank of a valid text', () => {
    const text = JSON.stringify(minimal(), null, 2);
    const parsed = parseBank(text);
    expect(parsed.problems).to.deep.equal([]);
    expect(parsed.bank).to.deep.equal(minimal());
  });

  it('ignores a leading byte-order mark and counts columns after it', () => {
    expect(parseBank(`\uFEFF${JSON.stringify(minimal())}`).bank).to.not.equal(null);
    expect(parseBank('\uFEFF{"version": 1,}').problems[0]).to.include({ line: 1, column: 14 });
  });

  const syntax: [string, string, number, number, string][] = [
    ['an empty file', '', 1, 1, 'the file is empty'],
    ['blank lines only', '\n\n  \n', 1, 1, 'the file is empty'],
    ['a byte-order mark only', '\uFEFF', 1, 1, 'the file is empty'],
    ['a trailing comma in an object', '{\n  "id": "a",\n}', 2, 12, 'trailing comma before "}"'],
    ['a trailing comma in an array', '{"facts": [\n  1,\n  2,\n]}', 3, 4, 'trailing comma before "]"'],
    ['a string cut by a line break', '{\n  "title": "Arms\n talks"\n}', 2, 12, 'unterminated string: no closing quote before the end of the line'],
    ['a string cut by the end of the file', '{"title": "Arms', 1, 11, 'unterminated string: no closing quote before the end of the file'],
    ['a missing comma', '{\n  "a": 1\n  "b": 2\n}', 3, 3, 'expected "," or "}" after the value of "a", found a string (is a "," missing?)'],
    ['a missing colon', '{"a" 1}', 1, 6, 'expected ":" after the property name "a"'],
    ['a comment', '{\n  // note\n  "a": 1\n}', 2, 3, 'JSON has no comments'],
    ['single quotes', "{'a': 1}", 1, 2, 'need double quotes'],
    ['a bare word', '{"a": yes}', 1, 7, 'expected a value, found "yes"'],
    ['a leading zero', '{"a": 07}', 1, 7, 'invalid number "07"'],
    ['a bad escape', '{"a": "\\q"}', 1, 8, 'invalid escape "\\q"'],
    ['a raw tab in a string', '{"a": "x\ty"}', 1, 9, 'raw control character U+0009'],
    ['text after the value', '{"a": 1} {"b": 2}', 1, 10, 'after the end of the JSON value'],
    ['CRLF line ends', '{\r\n  "a": 1,\r\n}', 2, 9, 'trailing comma'],
    ['a wide character before the error', '{"a": "😀", x}', 1, 12, 'expected a property name'],
  ];
  for (const [name, text, line, column, message] of syntax) {
    it(`places ${name} at line ${line} column ${column}`, () => {
      const parsed = parseBank(text);
      expect(parsed.bank).to.equal(null);
      expect(parsed.problems).to.have.length(1);
      expect(parsed.problems[0]).to.include({ path: '$', line, column });
      expect(parsed.problems[0]!.message).to.include(message);
    });
  }

  it('stops at nesting deeper than it reads, without throwing', () => {
    const parsed = parseBank(`{"facts": ${'['.repeat(100000)}`);
    expect(parsed.problems).to.have.length(1);
    expect(parsed.problems[0]!.message).to.equal('nesting deeper than 256 levels');
    expect(parsed.problems[0]).to.include({ line: 1, column: 11 + 256 });
  });

  it('gives each problem the line and column of its value in the text', () => {
    const bank = minimal();
    bank.facts[0].paragraph = 19;
    bank.entities[2].type = 'jet';
    delete bank.facts[1].article;
    bank.factz = [];
    const text = JSON.stringify(bank, null, 2);
    const { problems } = parseBank(text);
    const at = (path: string): Problem => problems.find((p) => p.path === path)!;
    expect(at('$.facts[0].paragraph')).to.include(whereIs(text, '"paragraph": 19'));
    expect(at('$.entities[2].type')).to.include(whereIs(text, '"type": "jet"'));
    expect(at('$.factz')).to.include(whereIs(text, '"factz"'));
    // A missing property is placed at the object that lacks it.
    expect(at('$.facts[1]')).to.include(lineColumnAt(text, text.lastIndexOf('{', text.indexOf('"id": "morozovsk-raid"'))));
    expect(problems.map((p) => p.line)).to.deep.equal([...problems.map((p) => p.line!)].sort((a, b) => a - b));
  });

  it('reports a property given twice in one object', () => {
    const text = '{\n  "id": "a",\n  "id": "b"\n}';
    expectProblem(parseBank(text).problems, '$.id', 'property "id" given twice in one object (first at line 2 column 3)');
    expect(parseBank(text).problems.find((p) => p.path === '$.id')).to.include({ line: 3, column: 3 });
  });

  it('reports a property given twice anywhere in a bank that is sound once parsed', () => {
    const text = JSON.stringify(minimal(), null, 2);
    expect(parseBank(text).problems).to.deep.equal([]);
    // Every property of the bank written twice in turn (the first time with another value, which JSON drops).
    const names = [...text.matchAll(/\n( *)("[^"]+"): /g)];
    expect(names.length).to.be.above(50);
    for (const name of names) {
      const twice = `${text.slice(0, name.index + 1)}${name[1]}${name[2]}: null,${text.slice(name.index)}`;
      const problems = parseBank(twice).problems;
      expect(problems.map((p) => p.message), name[2]).to.deep.equal([
        `property ${name[2]} given twice in one object (first at ${(() => {
          const at = lineColumnAt(twice, name.index + 1 + name[1].length);
          return `line ${at.line} column ${at.column}`;
        })()}); JSON keeps only this last one`,
      ]);
    }
  });
});

// --- Properties: whatever comes in, an array of problems comes out, and nothing throws. ---

function expectWellFormed(problems: unknown): void {
  expect(problems).to.be.an('array');
  for (const problem of problems as Problem[]) {
    expect(problem.path).to.be.a('string').and.match(/^\$/);
    expect(problem.message).to.be.a('string').and.not.equal('');
    // Quoted data may say anything; the validator's own words must not leak a failure.
    expect(problem.message.replace(/"(?:[^"\\]|\\.)*"/g, '""')).to.not.match(/cannot check this value|undefined|\[object /);
  }
}

/** Every path into a JSON value, as lists of keys and indexes. */
function pathsOf(value: Json, at: (string | number)[] = []): (string | number)[][] {
  const inner = Array.isArray(value)
    ? value.flatMap((item, i) => pathsOf(item, [...at, i]))
    : value !== null && typeof value === 'object'
      ? Object.keys(value).flatMap((key) => pathsOf(value[key]!, [...at, key]))
      : [];
  return [at, ...inner];
}

function retype(value: unknown): unknown {
  if (typeof value === 'string') return value.length;
  if (typeof value === 'number') return String(value);
  if (typeof value === 'boolean') return value ? 'yes' : 0;
  if (Array.isArray(value)) return Object.fromEntries(value.map((item, i) => [String(i), item]));
  if (value !== null && typeof value === 'object') return Object.values(value);
  return 0;
}

const mutation = fc.record({
  pick: fc.nat(),
  operation: fc.constantFrom('drop', 'replace', 'retype'),
  replacement: fc.oneof(fc.jsonValue(), fc.anything()),
});

describe('validateBank and parseBank never throw', () => {
  const paths = pathsOf(minimal() as Json).filter((p) => p.length > 0);

  it('on 2,000 random values', () => {
    fc.assert(
      fc.property(
        fc.oneof(
          fc.anything({ withNullPrototype: true, withBoxedValues: true, withSparseArray: true, withMap: true, withSet: true, withBigInt: true, withDate: true, withTypedArray: true }),
          fc.jsonValue(),
        ),
        (value) => expectWellFormed(validateBank(value)),
      ),
      { numRuns: 2000 },
    );
  });

  it('on 2,000 mutations of a valid bank, with the same problems from text as from data', () => {
    fc.assert(
      fc.property(mutation, ({ pick, operation, replacement }) => {
        const bank = minimal();
        const path = paths[pick % paths.length]!;
        const parent = path.slice(0, -1).reduce((node: any, key) => node[key], bank);
        const key = path[path.length - 1]!;
        if (operation === 'drop') {
          if (Array.isArray(parent)) parent.splice(key as number, 1);
          else delete parent[key];
        } else parent[key] = operation === 'replace' ? replacement : retype(parent[key]);
        expectWellFormed(validateBank(bank));

        const text = JSON.stringify(bank);
        if (text === undefined) return;
        const fromData = validateBank(JSON.parse(text)).map((p) => `${p.path}: ${p.message}`).sort();
        const parsed = parseBank(text);
        expect(parsed.problems.map((p) => `${p.path}: ${p.message}`).sort()).to.deep.equal(fromData);
        for (const problem of parsed.problems) expect(problem.line).to.equal(1);
      }),
      { numRuns: 2000 },
    );
  });

  it('on 2,000 random and damaged texts, agreeing with JSON.parse on what is JSON', () => {
    const valid = JSON.stringify(minimal(), null, 2);
    const damaged = fc.oneof(
      fc.string(),
      fc.string({ unit: 'grapheme' }),
      fc.json(),
      fc.nat({ max: valid.length }).map((cut) => valid.slice(0, cut)),
      fc.tuple(fc.nat({ max: valid.length }), fc.string({ maxLength: 3 })).map(([at, insert]) => valid.slice(0, at) + insert + valid.slice(at + 1)),
    );
    fc.assert(
      fc.property(damaged, (text) => {
        const parsed = parseBank(text);
        expectWellFormed(parsed.problems);
        let isJson = true;
        try {
          JSON.parse(text.replace(/^\uFEFF/, ''));
        } catch {
          isJson = false;
        }
        expect(scanJson(text.replace(/^\uFEFF/, '')).error === null, `scanner and JSON.parse disagree on ${JSON.stringify(text)}`).to.equal(isJson);
        if (!isJson) {
          expect(parsed.problems).to.have.length(1);
          const { line, column } = parsed.problems[0]!;
          const lines = text.split(/\r\n|\r|\n/);
          expect(line).to.be.within(1, lines.length);
          expect(column).to.be.within(1, [...lines[line! - 1]!].length + 1);
        }
        if (parsed.bank) expect(parsed.problems).to.deep.equal([]);
      }),
      { numRuns: 2000 },
    );
  });
});
