// Drafting a bank from an article (dist/authoring.js): precision and recall per type against the
// hand list in test/fixtures/draft/seed-gold.json, and the draft time per article (median of runs).
// The seed articles are read from NEWS_QUIZ_SEEDS (default ../shared/seeds, beside the repository); the test articles
// in test/fixtures/draft/ are always timed.
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export const name = 'draft a bank from an article (dist/authoring.js)';

const root = fileURLToPath(new URL('..', import.meta.url));
/** Where the seed articles are. */
export const seedsDir = resolve(root, process.env.NEWS_QUIZ_SEEDS ?? '../shared/seeds');
/** The hand list of what the seed articles name. */
export const gold = JSON.parse(readFileSync(join(root, 'test/fixtures/draft/seed-gold.json'), 'utf8'));
/** Where the held-out articles and their hand list are: written after the rules were tuned, measured without retuning. */
export const heldOutDir = join(root, 'test/fixtures/draft/held-out');
/** The hand list of the held-out articles. */
export const heldOutGold = JSON.parse(readFileSync(join(heldOutDir, 'held-out-gold.json'), 'utf8'));

const PLACE_TYPES = new Set(['place', 'country', 'city', 'region', 'airfield']);
const EQUIPMENT_TYPES = new Set(['aircraft', 'fighter-jet', 'cargo-plane', 'helicopter', 'weapon', 'tank', 'missile', 'weapon-system']);

/** The gold-list category of a drafted entity type. */
export function category(type) {
  if (type === 'person') return 'person';
  if (type === 'organisation') return 'organisation';
  if (PLACE_TYPES.has(type)) return 'place';
  if (EQUIPMENT_TYPES.has(type)) return 'equipment';
  return 'other';
}

/** A name as compared: lower case, no leading "the", no possessive, one space. */
export const norm = (s) =>
  s
    .replace(/[’‘]/g, "'")
    .toLowerCase()
    .replace(/^the\s+/, '')
    .replace(/'s?$/, '')
    .replace(/\s+/g, ' ')
    .trim();

const singular = (w) =>
  w === 'people' ? 'person' : /(?:ss|ch|sh|x)es$/.test(w) ? w.slice(0, -2) : w.endsWith('s') && !w.endsWith('ss') ? w.slice(0, -1) : w;
const unitHead = (unit) => singular(unit.toLowerCase().split(/\s+/).pop());

/**
 * Scores one drafted bank against one article's gold list. Returns, per category,
 * { found, correct, gold, matched, precision, recall } and for people the share whose role was found.
 */
export function score(bank, article) {
  const ignore = new Set((article.ignore ?? []).map(norm));
  const result = {};
  for (const cat of ['person', 'place', 'organisation', 'equipment']) {
    const items = article[cat] ?? [];
    const forms = items.map((item) => new Set([item.name, ...(item.also ?? [])].map(norm)));
    const drafted = bank.entities.filter((e) => category(e.type) === cat);
    let found = 0;
    let correct = 0;
    const matched = new Set();
    for (const entity of drafted) {
      const names = [entity.label, ...(entity.aliases ?? [])].map(norm);
      const hit = forms.findIndex((f) => names.some((n) => f.has(n)));
      if (hit < 0 && names.some((n) => ignore.has(n))) continue;
      found += 1;
      if (hit >= 0) {
        correct += 1;
        matched.add(hit);
      }
    }
    result[cat] = summary(found, correct, items.length, matched.size);
    if (cat === 'person') {
      let roles = 0;
      const withRole = items.filter((item) => item.role);
      for (const item of withRole) {
        const f = new Set([item.name, ...(item.also ?? [])].map(norm));
        const entity = drafted.find((e) => [e.label, ...(e.aliases ?? [])].some((n) => f.has(norm(n))));
        if (entity && (entity.roles ?? []).some((r) => r.title.toLowerCase().includes(item.role.toLowerCase()))) roles += 1;
      }
      result.person.roles = withRole.length ? roles / withRole.length : null;
    }
  }
  const figures = new Map();
  for (const fact of bank.facts) {
    for (const slot of Object.values(fact.slots)) {
      if ('number' in slot) figures.set(`${slot.number}|${unitHead(slot.unit)}`, slot);
    }
  }
  const goldFigures = new Set(article.number.map((n) => `${n.value}|${unitHead(n.unit)}`));
  const correct = [...figures.keys()].filter((k) => goldFigures.has(k)).length;
  result.number = summary(figures.size, correct, goldFigures.size, [...goldFigures].filter((k) => figures.has(k)).length);
  return result;
}

function summary(found, correct, goldCount, matched) {
  return {
    found,
    correct,
    gold: goldCount,
    matched,
    precision: found ? correct / found : null,
    recall: goldCount ? matched / goldCount : null,
  };
}

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};
const pct = (x) => (x === null ? 'n/a' : `${(x * 100).toFixed(0)}%`);

/** Drafts each article of a hand list (files in `dir`) and scores it; `null` when the articles are not on this machine. */
export async function measure(list = gold, dir = seedsDir) {
  const { draftBank } = await import(new URL('../dist/authoring.js', import.meta.url).href);
  const out = [];
  for (const article of list.articles) {
    const file = join(dir, article.file);
    if (!existsSync(file)) return null;
    const text = readFileSync(file, 'utf8');
    const bank = draftBank(text, {});
    out.push({ article, text, bank, scores: score(bank, article) });
  }
  return out;
}

/** Rows of precision and recall for measured articles, per article and summed. */
function scoreRows(label, measured, rows) {
  const totals = {};
  for (const { article, scores } of measured) {
    for (const [cat, s] of Object.entries(scores)) {
      rows.push([`${label} ${article.id} ${cat}: precision / recall`, `${pct(s.precision)} / ${pct(s.recall)}  (${s.correct}/${s.found}, ${s.matched}/${s.gold})`]);
      const t = (totals[cat] ??= { found: 0, correct: 0, gold: 0, matched: 0 });
      t.found += s.found;
      t.correct += s.correct;
      t.gold += s.gold;
      t.matched += s.matched;
    }
    rows.push([`${label} ${article.id} people with their role found`, pct(scores.person.roles)]);
  }
  for (const [cat, t] of Object.entries(totals)) {
    rows.push([`${label} all ${cat}: precision / recall`, `${pct(t.found ? t.correct / t.found : null)} / ${pct(t.gold ? t.matched / t.gold : null)}  (${t.correct}/${t.found}, ${t.matched}/${t.gold})`]);
  }
  for (const { article, bank } of measured) rows.push([`${label} ${article.id}: facts / entities drafted`, `${bank.facts.length} / ${bank.entities.length}`]);
}

async function timeDrafts(label, texts, rows) {
  const { draftBank } = await import(new URL('../dist/authoring.js', import.meta.url).href);
  for (const [file, text] of texts) {
    draftBank(text, {});
    const times = [];
    for (let k = 0; k < 7; k++) {
      const t0 = performance.now();
      draftBank(text, {});
      times.push(performance.now() - t0);
    }
    rows.push([`${label} ${file}: draft time, median of 7 (ms)`, median(times).toFixed(0)]);
  }
}

export async function run() {
  const rows = [];
  const seeds = await measure(gold, seedsDir);
  if (!seeds) rows.push(['seed articles', `not found in ${seedsDir} (set NEWS_QUIZ_SEEDS)`]);
  else scoreRows('seed', seeds, rows);
  const heldOut = await measure(heldOutGold, heldOutDir);
  scoreRows('held-out', heldOut, rows);
  if (seeds) await timeDrafts('seed', seeds.map(({ article, text }) => [article.id, text]), rows);
  const fixtures = join(root, 'test/fixtures/draft');
  const texts = readdirSync(fixtures)
    .filter((f) => f.endsWith('.txt'))
    .sort()
    .map((f) => [f, readFileSync(join(fixtures, f), 'utf8')]);
  await timeDrafts('test article', texts, rows);
  return rows;
}
