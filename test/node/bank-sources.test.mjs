// The seed bank against its source articles: nothing copied, every citation
// backed by the paragraph it names. Reads the real article texts from
// ../shared/seeds/ (relative to the repository) or from NEWS_QUIZ_SEEDS (a
// folder, relative to the repository when not absolute). Without the seeds the
// tests are skipped, except under CI, where they fail.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { join, relative, resolve } from 'node:path';

const root = fileURLToPath(new URL('../../', import.meta.url));
const bankPath = join(root, 'questions', 'russia-ukraine-2024.json');
const bankName = relative(root, bankPath);
const seedsDir = resolve(root, process.env.NEWS_QUIZ_SEEDS ?? '../shared/seeds');

/** The run length that counts as copying. */
const RUN = 8;
/** A body paragraph is a non-blank line of at least this many words. */
const PARAGRAPH_WORDS = 20;

/** Word tokens, case- and punctuation-insensitive; letters and digits split ("F-16s" -> f 16 s). */
function tokens(text) {
  return (
    text
      .normalize('NFKD')
      .replace(/\p{M}/gu, '')
      .toLowerCase()
      // British and American spellings of the same word count as one.
      .replace(/defence/g, 'defense')
      .match(/[a-z]+|[0-9]+/g) ?? []
  );
}

/** Whether the token sequence `needle` occurs in `haystack`, both as token arrays. */
function containsRun(haystack, needle) {
  if (needle.length === 0) return false;
  return ` ${haystack.join(' ')} `.includes(` ${needle.join(' ')} `);
}

const ONES = ['zero', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve',
  'thirteen', 'fourteen', 'fifteen', 'sixteen', 'seventeen', 'eighteen', 'nineteen'];
const TENS = ['', '', 'twenty', 'thirty', 'forty', 'fifty', 'sixty', 'seventy', 'eighty', 'ninety'];

/** The English words for a whole number below 1000, as tokens ("forty three"). */
function numberWords(n) {
  if (!Number.isInteger(n) || n < 0 || n > 999) return [];
  if (n < 20) return [ONES[n]];
  if (n < 100) return n % 10 === 0 ? [TENS[n / 10]] : [TENS[Math.floor(n / 10)], ONES[n % 10]];
  const rest = n % 100;
  return [ONES[Math.floor(n / 100)], 'hundred', ...(rest ? numberWords(rest) : [])];
}

/** Every name of an entity as token arrays: label, aliases, spellings. */
function forms(entity) {
  return [entity.label, ...(entity.aliases ?? []), ...(entity.spellings ?? [])].map(tokens).filter((t) => t.length > 0);
}

/** The body paragraphs of an article's text, by the paragraph rule. */
function bodyParagraphs(text) {
  return text
    .split(/\r?\n/)
    .map((line) => line.trim())
    .filter((line) => line.split(/\s+/).filter(Boolean).length >= PARAGRAPH_WORDS);
}

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/** The ways a page may write an ISO date: as is, "June 19, 2024", "19 June 2024", "June 2024". */
function datelines(iso) {
  const [y, m, d] = iso.split('-');
  if (!m) return [y];
  const month = MONTHS[Number(m) - 1];
  if (!d) return [iso, `${month} ${y}`];
  return [iso, `${month} ${Number(d)}, ${y}`, `${Number(d)} ${month} ${y}`];
}

/** Line number (1-based) in the bank file of the first occurrence of `needle`, for messages. */
function lineOf(raw, needle) {
  const at = raw.indexOf(needle);
  return at < 0 ? '?' : raw.slice(0, at).split('\n').length;
}

/** Every string in the bank with its JSON path. */
function* strings(value, path = '$') {
  if (typeof value === 'string') yield [path, value];
  else if (Array.isArray(value)) for (const [i, v] of value.entries()) yield* strings(v, `${path}[${i}]`);
  else if (value && typeof value === 'object') for (const [k, v] of Object.entries(value)) yield* strings(v, `${path}.${k}`);
}

/** Loads the bank and pairs each of its articles with its seed text; `problems` lists what could not be paired. */
function load() {
  const raw = readFileSync(bankPath, 'utf8');
  let bank;
  try {
    bank = JSON.parse(raw);
  } catch (error) {
    throw new Error(`${bankName}: not valid JSON: ${error.message}`);
  }
  if (!existsSync(seedsDir)) throw new Error(`the seed articles are not at ${seedsDir}; set NEWS_QUIZ_SEEDS to their folder`);
  const seeds = readdirSync(seedsDir)
    .filter((name) => name.endsWith('.txt'))
    .sort()
    .map((name) => ({ name, text: readFileSync(join(seedsDir, name), 'utf8') }));
  const sources = new Map();
  const problems = [];
  for (const [i, article] of (bank.articles ?? []).entries()) {
    const seed = seeds.find((s) => s.text.split(/\r?\n/).some((line) => line.trim() === article.title));
    if (!seed) {
      problems.push(`${bankName}:${lineOf(raw, `"${article.id}"`)} $.articles[${i}] ("${article.id}"): no seed file in ${seedsDir} has a line equal to its title "${article.title}"`);
      continue;
    }
    const paragraphs = bodyParagraphs(seed.text);
    sources.set(article.id, { seed: seed.name, paragraphs, tokens: paragraphs.map(tokens) });
    if (article.site !== null && article.site !== undefined && !seed.text.includes(article.site)) {
      problems.push(`${bankName}:${lineOf(raw, `"${article.id}"`)} $.articles[${i}].site "${article.site}" does not occur in ${seed.name}`);
    }
    if (article.date && !datelines(article.date).some((d) => seed.text.includes(d))) {
      problems.push(`${bankName}:${lineOf(raw, `"${article.id}"`)} $.articles[${i}].date ${article.date} matches no date written in ${seed.name} (looked for ${datelines(article.date).join(' / ')})`);
    }
    if (article.paragraphs !== paragraphs.length) {
      problems.push(`${bankName}:${lineOf(raw, `"${article.id}"`)} $.articles[${i}].paragraphs is ${article.paragraphs}, but ${seed.name} has ${paragraphs.length} body paragraphs (non-blank lines of at least ${PARAGRAPH_WORDS} words)`);
    }
  }
  return { raw, bank, seeds, sources, problems };
}

/** What in `bank` the cited paragraphs do not back up, one line per problem. */
function unsupported(raw, bank, sources) {
  const problems = [];
  const entities = new Map((bank.entities ?? []).map((e) => [e.id, e]));
  for (const [i, fact] of (bank.facts ?? []).entries()) {
    const where = `${bankName}:${lineOf(raw, `"id": "${fact.id}"`)} $.facts[${i}] ("${fact.id}")`;
    const source = sources.get(fact.article);
    if (!source) {
      problems.push(`${where}: cites article "${fact.article}", which the bank's articles do not pair with a seed`);
      continue;
    }
    const paragraph = source.tokens[fact.paragraph - 1];
    if (!Number.isInteger(fact.paragraph) || !paragraph) {
      problems.push(`${where}: cites paragraph ${fact.paragraph} of "${fact.article}", which has paragraphs 1-${source.tokens.length}`);
      continue;
    }
    for (const [name, slot] of Object.entries(fact.slots ?? {})) {
      const cite = `slot "${name}" is not found in "${fact.article}" paragraph ${fact.paragraph}`;
      if ('number' in slot) {
        const words = numberWords(slot.number);
        if (!paragraph.includes(String(slot.number)) && !containsRun(paragraph, words)) {
          problems.push(`${where}: ${cite}: neither "${slot.number}" nor "${words.join(' ')}" occurs there`);
        }
      } else if ('date' in slot) {
        const year = String(slot.date).slice(0, 4);
        if (!paragraph.includes(year)) problems.push(`${where}: ${cite}: the year ${year} does not occur there`);
      } else if ('entity' in slot) {
        const entity = entities.get(slot.entity);
        if (!entity) {
          problems.push(`${where}: slot "${name}" names entity "${slot.entity}", which the bank does not have`);
        } else if (!forms(entity).some((form) => containsRun(paragraph, form))) {
          problems.push(`${where}: ${cite}: no name of entity "${entity.id}" (${[entity.label, ...(entity.aliases ?? []), ...(entity.spellings ?? [])].join(' / ')}) occurs there`);
        }
      } else {
        problems.push(`${where}: slot "${name}" holds neither a number, a date nor an entity`);
      }
    }
  }
  return problems;
}

const STOP = new Set(['the', 'of', 'for', 'and', 'a', 'an', 's', 'in', 'to', 'on']);

/** Roles whose paragraph does not name the person or most of the role. */
function unsupportedRoles(raw, bank, sources) {
  const problems = [];
  for (const [i, entity] of (bank.entities ?? []).entries()) {
    for (const [j, role] of (entity.roles ?? []).entries()) {
      const where = `${bankName}:${lineOf(raw, `"id": "${entity.id}"`)} $.entities[${i}].roles[${j}] (${entity.label}, "${role.title}")`;
      const source = sources.get(role.article);
      const paragraph = source?.tokens[role.paragraph - 1];
      if (!paragraph) {
        problems.push(`${where}: cites paragraph ${role.paragraph} of "${role.article}", which does not exist`);
        continue;
      }
      if (!forms(entity).some((form) => containsRun(paragraph, form))) {
        problems.push(`${where}: "${role.article}" paragraph ${role.paragraph} does not name ${entity.label} by any of its names`);
      }
      const words = [...new Set(tokens(role.title).filter((w) => !STOP.has(w)))];
      const missing = words.filter((w) => !paragraph.includes(w));
      if (missing.length * 2 > words.length) {
        problems.push(`${where}: "${role.article}" paragraph ${role.paragraph} lacks most of the role's words (${missing.join(', ')})`);
      }
    }
  }
  return problems;
}

/** Every RUN-word run that a bank string (other than the article titles) shares with an article. */
function copiedRuns(bank, seeds) {
  const runs = new Map();
  for (const seed of seeds) {
    const words = tokens(seed.text);
    for (let k = 0; k + RUN <= words.length; k++) {
      const run = words.slice(k, k + RUN).join(' ');
      if (!runs.has(run)) runs.set(run, seed.name);
    }
  }
  const problems = [];
  for (const [path, text] of strings(bank)) {
    // The headlines are quoted on purpose, as the article's own title.
    if (/^\$\.articles\[\d+\]\.title$/.test(path)) continue;
    const words = tokens(text);
    for (let k = 0; k + RUN <= words.length; k++) {
      const run = words.slice(k, k + RUN).join(' ');
      if (runs.has(run)) problems.push(`${bankName} ${path}: "${run}" is copied from ${runs.get(run)}`);
    }
  }
  return problems;
}

const seedsMissing = !existsSync(seedsDir);
const skip = seedsMissing && !process.env.CI
  ? `the seed articles are not at ${seedsDir} (set NEWS_QUIZ_SEEDS to their folder); skipped`
  : false;

test('each article of the bank is a seed article, with its site, date and paragraph count', { skip }, () => {
  assert.ok(!seedsMissing, `the seed articles are not at ${seedsDir}; set NEWS_QUIZ_SEEDS to their folder`);
  const { seeds, problems } = load();
  assert.ok(seeds.length >= 2, `expected both seed articles in ${seedsDir}, found ${seeds.length} .txt files`);
  assert.deepEqual(problems, [], problems.join('\n'));
});

test('no run of eight words from an article appears in the bank, titles aside', { skip }, () => {
  const { bank, seeds } = load();
  const problems = copiedRuns(bank, seeds);
  assert.deepEqual(problems, [], `${problems.length} copied runs:\n${problems.join('\n')}`);
});

test('every fact cites a paragraph that holds its figures and names', { skip }, () => {
  const { raw, bank, sources } = load();
  assert.ok((bank.facts ?? []).length > 0, `${bankName} has no facts`);
  const problems = unsupported(raw, bank, sources);
  assert.deepEqual(problems, [], `${problems.length} unsupported citations:\n${problems.join('\n')}`);
});

test("every role cites a paragraph that names the person and the role", { skip }, () => {
  const { raw, bank, sources } = load();
  const roles = (bank.entities ?? []).flatMap((e) => e.roles ?? []);
  assert.ok(roles.length > 0, `${bankName} gives no person a role`);
  const problems = unsupportedRoles(raw, bank, sources);
  assert.deepEqual(problems, [], `${problems.length} unsupported roles:\n${problems.join('\n')}`);
});

// The checks above pass only if they can fail: fed wrong data built from the
// real articles, each must complain.
test('the checks catch a copied sentence and a wrong citation', { skip }, () => {
  const { raw, bank, seeds, sources } = load();
  const [article] = bank.articles;
  const source = sources.get(article.id);
  const copied = structuredClone(bank);
  copied.facts[0].explanation = source.paragraphs[0];
  assert.ok(copiedRuns(copied, seeds).some((p) => p.includes('$.facts[0].explanation')), 'a whole paragraph pasted into an explanation went unnoticed');

  const shifted = structuredClone(bank);
  for (const fact of shifted.facts) fact.paragraph = (fact.paragraph % sources.get(fact.article).paragraphs.length) + 1;
  const misses = unsupported(raw, shifted, sources);
  assert.ok(misses.length >= shifted.facts.length / 2, `moving every citation one paragraph on was caught only ${misses.length} times`);

  const roleless = structuredClone(bank);
  for (const entity of roleless.entities) for (const role of entity.roles ?? []) role.paragraph = (role.paragraph % sources.get(role.article).paragraphs.length) + 1;
  assert.ok(unsupportedRoles(raw, roleless, sources).length > 0, 'moving every role one paragraph on went unnoticed');
});
