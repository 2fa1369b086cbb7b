// Generation time on the seed bank and on synthetic banks of 1,000 and 10,000 facts
// (made deterministically here), median of several runs. "plans + quiz" is
// generate(bank, { count: 20 }) on a bank object never seen before: the index, a plan
// for every question the bank may allow (kind, difficulty, what it asks), then the 20
// chosen are checked (unique answer, wording, distractors) and drawn. "every question"
// is candidates(bank), as --all prints it: every plan checked and drawn in full.
// Target: plans + quiz from 10,000 facts under 50 ms, growing linearly.
import { readFileSync } from 'node:fs';

const { generate, candidates } = await import(new URL('../dist/domain.js', import.meta.url).href);

export const name = 'question generation (dist/domain.js)';

const NAMES = ['Zarovsk', 'Melinka', 'Dovrets', 'Kalinov', 'Ustrava', 'Belgora', 'Tenvik', 'Orlesk', 'Pravny', 'Sudima'];
const PEOPLE = ['Anna Petrenko', 'Ivan Holub', 'Olha Marchuk', 'Taras Bondar', 'Maria Kovalenko', 'Petro Savchuk', 'Iryna Tkach', 'Yurii Moroz'];

/** A bank of `facts` facts, the same every time: 1 article per 50 facts, 1 relation per 40, entities of five types. */
export function syntheticBank(facts) {
  const articles = Array.from({ length: Math.max(2, Math.ceil(facts / 50)) }, (_, i) => ({
    id: `article-${i}`,
    title: `Article ${i}`,
    site: null,
    date: '2024-06-19',
    paragraphs: 20,
    summary: 'A synthetic article for the benchmark.',
  }));
  const types = [
    { id: 'person', label: 'person', plural: 'people', ask: 'Who' },
    { id: 'place', label: 'place', plural: 'places' },
    { id: 'city', parent: 'place', label: 'city', plural: 'cities' },
    { id: 'airfield', parent: 'place', label: 'airfield', plural: 'airfields' },
    { id: 'aircraft', label: 'aircraft', plural: 'aircraft' },
    { id: 'fighter-jet', parent: 'aircraft', label: 'fighter jet', plural: 'fighter jets' },
  ];
  const perType = Math.max(8, Math.ceil(facts / 10));
  const entities = [];
  const ids = { person: [], city: [], airfield: [], 'fighter-jet': [] };
  for (const type of Object.keys(ids)) {
    for (let i = 0; i < perType; i++) {
      const id = `${type}-${i}`;
      const label =
        type === 'person'
          ? `${PEOPLE[i % PEOPLE.length]} ${i}`
          : type === 'fighter-jet'
            ? `Jet ${i}`
            : `${NAMES[i % NAMES.length]} ${type === 'airfield' ? 'Field ' : ''}${i}`;
      const entity = { id, type, label };
      if (type === 'person' && i < 12) entity.roles = [{ title: `minister number ${i}`, article: `article-${i % 2}`, paragraph: 1 + (i % 20) }];
      entities.push(entity);
      ids[type].push(id);
    }
  }
  const list = [];
  for (let i = 0; i < facts; i++) {
    const article = `article-${Math.floor(i / 50) % articles.length}`;
    const relation = `relation-${i % Math.ceil(facts / 40)}`;
    const pick = (type, k) => ids[type][(i * 7 + k * 13) % ids[type].length];
    const shape = i % 3;
    const fact =
      shape === 0
        ? {
            text: '{person} visited {city} with {advisers} advisers.',
            slots: { person: { entity: pick('person', 1) }, city: { entity: pick('city', 2) }, advisers: { number: 2 + (i % 97), unit: 'advisers', unitSingular: 'adviser', label: `advisers on trip ${i}` } },
          }
        : shape === 1
          ? {
              text: 'Drones damaged {jets} {jet} jets at the {airfield} airfield.',
              slots: { jets: { number: 2 + (i % 31), unit: 'jets', unitSingular: 'jet', label: `jets damaged in strike ${i}` }, jet: { entity: pick('fighter-jet', 3) }, airfield: { entity: pick('airfield', 4) } },
            }
          : {
              text: 'The talks in {city} began in {year}.',
              slots: { city: { entity: pick('city', 5) }, year: { date: String(1990 + (i % 30)), label: `the talks ${i}` } },
            };
    list.push({ id: `fact-${i}`, relation, article, paragraph: 1 + (i % 20), prominence: 1 + (i % 3), ...fact });
  }
  const pools = ['city', 'airfield', 'fighter-jet'].map((type) => ({
    type,
    note: 'synthetic',
    entities: Array.from({ length: 10 }, (_, i) => ({ id: `pool-${type}-${i}`, label: `Pooled ${type === 'fighter-jet' ? 'Jet' : 'Place'} ${i}` })),
  }));
  return { version: 1, id: `synthetic-${facts}`, title: 'Synthetic', language: 'en', articles, types, entities, facts: list, pools };
}

function median(values) {
  const s = [...values].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
}

/**
 * Median milliseconds of `fn` on a fresh copy of `bank` each run (nothing cached from an
 * earlier run), after two untimed warm-up runs; the copies are made before timing starts.
 */
function time(bank, runs, fn) {
  const copies = Array.from({ length: runs + 2 }, () => structuredClone(bank));
  fn(copies.pop(), -1);
  fn(copies.pop(), -2);
  const times = [];
  let result;
  for (let r = 0; r < runs; r++) {
    const start = performance.now();
    result = fn(copies[r], r);
    times.push(performance.now() - start);
  }
  return { ms: median(times), result };
}

const ms = (x) => `${x.toFixed(1)} ms`;

export async function run() {
  const seedBank = JSON.parse(readFileSync(new URL('../questions/russia-ukraine-2024.json', import.meta.url), 'utf8'));
  const rows = [];
  const quiz = {};
  for (const [label, bank, runs] of [
    [`seed bank (${seedBank.facts.length} facts)`, seedBank, 15],
    ['1,000 facts', syntheticBank(1000), 9],
    ['10,000 facts', syntheticBank(10000), 7],
  ]) {
    const q = time(bank, runs, (b, r) => generate(b, { seed: `bench-${r}`, count: 20 }));
    quiz[label] = q.ms;
    rows.push([`${label}: plans + 20-question quiz`, ms(q.ms)]);
    // Drawing every question in full is what --all does; measured where a reader would use it.
    if (bank.facts.length <= 1000) {
      const all = time(bank, 3, (b, r) => candidates(b, { seed: `bench-${r}` }));
      rows.push([`${label}: every question (${all.result.length.toLocaleString('en-US')}), as --all`, ms(all.ms)]);
    }
  }
  const growth = quiz['10,000 facts'] / quiz['1,000 facts'];
  rows.push(['growth, 1,000 → 10,000 facts (10.0 = linear)', growth.toFixed(1)]);
  rows.push(['target: plans + quiz from 10,000 facts < 50 ms', quiz['10,000 facts'] < 50 ? 'met' : 'NOT met']);
  return rows;
}
