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
import { containsRun, copiedRuns, datelines, figureForms, forms, lineOf, tokens, unsupportedRoles } from './article-text.mjs';

const root = fileURLToPath(new URL('../../', import.meta.url));
const bankPath = join(root, 'questions', 'russia-ukraine-2024.json');
const bankName = relative(root, bankPath);
const seedsDir = resolve(root, process.env.NEWS_QUIZ_SEEDS ?? '../shared/seeds');

/** A body paragraph is a non-blank line of at least this many words. */
const PARAGRAPH_WORDS = 20;

/** The body paragraphs of an article's text, by the paragraph rule. */
function bodyParagraphs(text) {
  return text
    .split(/\r?\n/)
    .map((line) => line.trim())
    .filter((line) => line.split(/\s+/).filter(Boolean).length >= PARAGRAPH_WORDS);
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
        const figures = figureForms(slot.number, slot.unit);
        if (!figures.some((form) => containsRun(paragraph, form))) {
          problems.push(`${where}: ${cite}: none of ${figures.map((f) => `"${f.join(' ')}"`).join(', ')} occurs there`);
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
  const problems = copiedRuns(bankName, bank, seeds);
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
  const problems = unsupportedRoles(bankName, raw, bank, sources);
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
  assert.ok(copiedRuns(bankName, copied, seeds).some((p) => p.includes('$.facts[0].explanation')), 'a whole paragraph pasted into an explanation went unnoticed');

  const shifted = structuredClone(bank);
  for (const fact of shifted.facts) fact.paragraph = (fact.paragraph % sources.get(fact.article).paragraphs.length) + 1;
  const misses = unsupported(raw, shifted, sources);
  assert.ok(misses.length >= shifted.facts.length / 2, `moving every citation one paragraph on was caught only ${misses.length} times`);

  const roleless = structuredClone(bank);
  for (const entity of roleless.entities) for (const role of entity.roles ?? []) role.paragraph = (role.paragraph % sources.get(role.article).paragraphs.length) + 1;
  assert.ok(unsupportedRoles(bankName, raw, roleless, sources).length > 0, 'moving every role one paragraph on went unnoticed');
});
