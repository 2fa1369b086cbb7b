// The banks the bench measures: realistic ones (the seed bank copied to the size wanted, each copy
// with its own ids and names) and today's synthetic ones (simple facts made up here).
// Both are the same on every run.
import { readFileSync } from 'node:fs';

const { editDistance, translitKey } = await import(new URL('../dist/domain.js', import.meta.url).href);

/** The seed bank, as the project ships it. */
export const seedBank = () => JSON.parse(readFileSync(new URL('../questions/russia-ukraine-2024.json', import.meta.url), 'utf8'));

const CONSONANTS = 'bdfgklmnprstvz';
const VOWELS = 'aeiou';

/**
 * Made-up words of three syllables, each at least three edits from every other, in its letters and
 * in its transliteration key: beyond the typed-answer check's typo budget, so that no copy's name
 * passes for another copy's name with a typo.
 */
function tagWords(count) {
  const words = [];
  const keys = [];
  const syllables = [...CONSONANTS].flatMap((c) => [...VOWELS].map((v) => c + v));
  const n = syllables.length;
  // Walk every three-syllable word in a scrambled order (4099 is prime, so i -> i * 4099 mod n^3
  // visits each once), so that the words kept spread over the grid.
  for (let i = 0; words.length < count && i < n ** 3; i++) {
    const j = (i * 4099) % n ** 3;
    const word = syllables[j % n] + syllables[Math.floor(j / n) % n] + syllables[Math.floor(j / n ** 2)];
    const key = translitKey(word);
    if (words.some((w, k) => editDistance(w, word, 2) <= 2 || editDistance(keys[k], key, 2) <= 2)) continue;
    words.push(word);
    keys.push(key);
  }
  if (words.length < count) throw new Error(`only ${words.length} distinct tag words; the bench needs ${count}`);
  return words.map((w) => w[0].toUpperCase() + w.slice(1));
}

const WORDS = tagWords(50);

/** The tag of copy `n`: two made-up words ("Kavelo Dumira"); copies differ in at least one whole word. Up to 2,500 copies. */
export function copyTag(n) {
  if (n >= WORDS.length ** 2) throw new Error(`at most ${WORDS.length ** 2} copies`);
  return `${WORDS[n % WORDS.length]} ${WORDS[Math.floor(n / WORDS.length)]}`;
}

const escape = (s) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * The seed bank copied to exactly `facts` facts: copy n renames every article, entity, fact and
 * relation id (suffix `-<tag>`), adds the tag after every name of every entity (label, aliases,
 * spellings), and wherever a text (titles, summaries, role titles, statements, wordings,
 * explanations, figure labels, notes) writes one of those names, writes the copy's name instead.
 * Questions of understanding (reasons, claims, sequences) are copied the same way. So each copy
 * is a valid bank of its own, and no two copies share an id, a name or a relation, as the
 * articles of a real bank do not. Types and pools are the seed's, once: a bank has one type tree
 * and one pool per type; a pool name's ties (`near` entities, `avoid` relations and facts) go to
 * the first copy, as a real pool name belongs with a few stories, not with all. The last copy
 * may be cut short; an overlap or a question of understanding that loses a fact goes with it.
 */
export function realisticBank(facts, seed = seedBank()) {
  const forms = seed.entities.flatMap((e) => [e.label, ...(e.aliases ?? []), ...(e.spellings ?? [])]);
  // A {slot} is left alone; names match whole, the longest first ("Pskov region" before "Pskov").
  const names = new RegExp(`\\{[^}]*\\}|(?<![\\w-])(?:${[...new Set(forms)].sort((a, b) => b.length - a.length).map(escape).join('|')})(?![\\w-])`, 'g');
  const copies = Math.ceil(facts / seed.facts.length);
  const bank = {
    $schema: seed.$schema,
    version: seed.version,
    id: `${seed.id}-${facts}`,
    title: `${seed.title} (${facts.toLocaleString('en-US')} facts)`,
    language: seed.language,
    articles: [],
    types: structuredClone(seed.types),
    entities: [],
    facts: [],
    pools: structuredClone(seed.pools ?? []),
    overlaps: [],
  };
  if (seed.understanding) bank.understanding = [];
  const first = `-${copyTag(0).toLowerCase().replace(/\s+/g, '-')}`;
  for (const pool of bank.pools) {
    for (const name of pool.entities) {
      if (name.near) name.near = name.near.map((id) => id + first);
      if (name.avoid) name.avoid = name.avoid.map((id) => id + first);
    }
  }
  for (let n = 0; n < copies; n++) {
    const tag = copyTag(n);
    const slug = tag.toLowerCase().replace(/\s+/g, '-');
    const id = (x) => `${x}-${slug}`;
    const text = (s) => s.replace(names, (m) => (m.startsWith('{') ? m : `${m} ${tag}`));
    const keep = n < copies - 1 ? seed.facts.length : facts - n * seed.facts.length;
    for (const a of seed.articles) bank.articles.push({ ...a, id: id(a.id), title: `${text(a.title)} (${tag})`, summary: text(a.summary) });
    for (const e of seed.entities) {
      const copy = { ...e, id: id(e.id), label: `${e.label} ${tag}` };
      if (e.aliases) copy.aliases = e.aliases.map((x) => `${x} ${tag}`);
      if (e.spellings) copy.spellings = e.spellings.map((x) => `${x} ${tag}`);
      if (e.roles) copy.roles = e.roles.map((r) => ({ ...r, title: text(r.title), article: id(r.article) }));
      bank.entities.push(copy);
    }
    const kept = new Set();
    for (const f of seed.facts.slice(0, keep)) {
      kept.add(f.id);
      const slots = {};
      for (const [name, slot] of Object.entries(f.slots)) {
        slots[name] = { ...slot };
        if ('entity' in slot) slots[name].entity = id(slot.entity);
        if (typeof slot.label === 'string') slots[name].label = text(slot.label);
        if (Array.isArray(slot.accept)) slots[name].accept = slot.accept.map(text);
      }
      const copy = { ...f, id: id(f.id), relation: id(f.relation), article: id(f.article), text: text(f.text), slots };
      if (f.ask) copy.ask = Object.fromEntries(Object.entries(f.ask).map(([k, v]) => [k, text(v)]));
      if (f.explanation) copy.explanation = text(f.explanation);
      bank.facts.push(copy);
    }
    for (const o of seed.overlaps ?? []) {
      if (o.facts.every((f) => kept.has(f))) bank.overlaps.push({ ...o, facts: o.facts.map(id), ...(o.note ? { note: text(o.note) } : {}) });
    }
    for (const u of seed.understanding ?? []) {
      if (!(u.facts ?? []).every((f) => kept.has(f))) continue;
      const copy = { ...u, id: id(u.id), article: id(u.article), explanation: text(u.explanation) };
      if (u.facts) copy.facts = u.facts.map(id);
      for (const key of ['question', 'answer', 'claim', 'about']) if (typeof u[key] === 'string') copy[key] = text(u[key]);
      if (u.wrong) copy.wrong = u.wrong.map(text);
      if (u.speaker) copy.speaker = id(u.speaker);
      if (u.events) copy.events = u.events.map((e) => ({ ...e, label: text(e.label), article: id(e.article) }));
      bank.understanding.push(copy);
    }
  }
  return bank;
}

const NAMES = ['Zarovsk', 'Melinka', 'Dovrets', 'Kalinov', 'Ustrava', 'Belgora', 'Tenvik', 'Orlesk', 'Pravny', 'Sudima'];
const PEOPLE = ['Anna Petrenko', 'Ivan Holub', 'Olha Marchuk', 'Taras Bondar', 'Maria Kovalenko', 'Petro Savchuk', 'Iryna Tkach', 'Yurii Moroz'];

/** A synthetic bank of `facts` facts: 1 article per 50 facts, 1 relation per 40, entities of five types, three shapes of fact. */
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

/** A bank by name: 'realistic' or 'synthetic', of `facts` facts; 'seed' is the seed bank itself. */
export function makeBank(kind, facts) {
  if (kind === 'seed') return seedBank();
  if (kind === 'realistic') return realisticBank(facts);
  if (kind === 'synthetic') return syntheticBank(facts);
  throw new Error(`unknown bank kind ${kind}`);
}
