// The other banks (test/fixtures/banks/), each written by hand from the docs alone for one
// of the test articles (an earthquake, a physics discovery, a city budget vote), held to
// the same standards as the seed bank: the CLI (as a real process) validates each and makes
// a full quiz from it; every
// citation names a paragraph the article has and that paragraph backs its figures
// and names; nothing is copied from the article. The article text is read from
// ../shared/articles/ (relative to the repository) or from NEWS_QUIZ_ARTICLES; each
// bank's article is found there by its address in SOURCES.md. Without the articles
// those tests are skipped, except under CI, where they fail.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { join, relative, resolve } from 'node:path';
import { containsRun, copiedRuns, datelines, figureForms, forms, lineOf, ordinalForms, tokens, unsupportedRoles } from './article-text.mjs';

const { DEMONYMS } = await import('../../dist/authoring.js');

const root = fileURLToPath(new URL('../../', import.meta.url));
const banksDir = join(root, 'test', 'fixtures', 'banks');
/** The banks, as their paths from the repository's root. */
const bankNames = readdirSync(banksDir).filter((f) => f.endsWith('.json')).sort().map((f) => relative(root, join(banksDir, f)));
const articlesDir = resolve(root, process.env.NEWS_QUIZ_ARTICLES ?? '../shared/articles');

const cli = (...args) => spawnSync(process.execPath, [join(root, 'bin', 'news-quiz.js'), ...args], { cwd: root, encoding: 'utf8' });

/**
 * The body paragraphs of a test article: blocks separated by a blank line (SOURCES.md says
 * every file is written so), without a byline block ("By ...") and without the dateline that
 * opens the first paragraph ("GAZIANTEP, Turkey (AP) — ") or stands alone ("EL PASO, Texas -"), and without a
 * wire service's closing copyright line. None of them counts as a paragraph
 * (docs/bank-format.md, "Paragraph numbers").
 */
function articleParagraphs(text) {
  return text
    .split(/\r?\n\s*\r?\n/)
    .map((block) => block.replace(/\s+/g, ' ').trim())
    .filter((block) => block.length > 0 && !/^By [A-Z]/.test(block))
    // A wire service's copyright line closing the article ("Copyright Agence France-Presse, 2012").
    .filter((block) => !(/^(?:Copyright\b|©)/u.test(block) && /\b\d{4}\b/.test(block) && block.split(' ').length <= 8))
    // A dateline standing as its own block ("EL PASO, Texas -").
    .filter((block) => !/^\p{Lu}[\p{Lu} .'-]*(?:,[^—–\n]{0,40})?\s*[—–-]$/u.test(block))
    .map((block, i) => (i === 0 ? block.replace(/^\p{Lu}[\p{Lu} .'-]*,[^—\n]{0,60}—\s*/u, '') : block));
}

/** The rows of SOURCES.md's table ({ file, headline, address }) and its notes per article number. */
function readSources() {
  const markdown = readFileSync(join(articlesDir, 'SOURCES.md'), 'utf8');
  const rows = markdown
    .split('\n')
    .filter((line) => /^\|\s*[^|]+\.txt\s*\|/.test(line))
    .map((line) => line.split('|').map((cell) => cell.trim()))
    .map(([, file, , headline, address]) => ({ file, headline: headline.replace(/\s*[†‡]+$/u, ''), address }));
  const notes = new Map(
    markdown
      .split('\n')
      .map((line) => /^- \*\*(\d+)\*\*: (.*)$/.exec(line))
      .filter(Boolean)
      .map(([, number, note]) => [number, note]),
  );
  return { rows, notes };
}

/** Loads the bank and pairs each of its articles with its text; `problems` lists what does not match. */
function load(bankName) {
  if (articlesMissing) throw new Error(`the test articles are not at ${articlesDir}; set NEWS_QUIZ_ARTICLES to their folder`);
  const raw = readFileSync(join(root, bankName), 'utf8');
  const bank = JSON.parse(raw);
  const { rows, notes } = readSources();
  const sources = new Map();
  const texts = [];
  const problems = [];
  for (const [i, article] of bank.articles.entries()) {
    const where = `${bankName}:${lineOf(raw, `"id": "${article.id}"`)} $.articles[${i}] ("${article.id}")`;
    const row = rows.find((r) => r.address === article.url);
    if (!row) {
      problems.push(`${where}: its url ${article.url ?? '(none)'} is not an address in ${articlesDir}/SOURCES.md`);
      continue;
    }
    const text = readFileSync(join(articlesDir, row.file), 'utf8');
    const note = notes.get(row.file.split('-')[0]) ?? '';
    const paragraphs = articleParagraphs(text);
    sources.set(article.id, { file: row.file, text, paragraphs, tokens: paragraphs.map(tokens) });
    texts.push({ name: row.file, text });
    if (article.title !== row.headline) problems.push(`${where}.title "${article.title}" is not the headline SOURCES.md gives, "${row.headline}"`);
    if (article.site !== null && !text.includes(article.site) && !note.includes(article.site)) {
      problems.push(`${where}.site "${article.site}" occurs neither in ${row.file} nor in its note in SOURCES.md`);
    }
    if (article.date !== null && !datelines(article.date).some((d) => text.includes(d) || note.includes(d))) {
      problems.push(`${where}.date ${article.date} is written neither in ${row.file} nor in its note in SOURCES.md (looked for ${datelines(article.date).join(' / ')})`);
    }
    if (article.paragraphs !== paragraphs.length) {
      problems.push(`${where}.paragraphs is ${article.paragraphs}, but ${row.file} has ${paragraphs.length} body paragraphs (blocks between blank lines, byline and dateline aside)`);
    }
  }
  return { raw, bank, sources, texts, problems };
}

/** Every citation in the bank: facts, roles, questions of understanding and the events of a sequence. */
function* citations(bankName, raw, bank) {
  for (const [i, fact] of bank.facts.entries()) {
    yield { where: `${bankName}:${lineOf(raw, `"id": "${fact.id}"`)} $.facts[${i}] ("${fact.id}")`, article: fact.article, paragraph: fact.paragraph };
  }
  for (const [i, entity] of bank.entities.entries()) {
    for (const [j, role] of (entity.roles ?? []).entries()) {
      yield { where: `${bankName}:${lineOf(raw, `"id": "${entity.id}"`)} $.entities[${i}].roles[${j}]`, article: role.article, paragraph: role.paragraph };
    }
  }
  for (const [i, item] of (bank.understanding ?? []).entries()) {
    const where = `${bankName}:${lineOf(raw, `"id": "${item.id}"`)} $.understanding[${i}] ("${item.id}")`;
    yield { where, article: item.article, paragraph: item.paragraph };
    for (const [j, event] of (item.events ?? []).entries()) yield { where: `${where}.events[${j}]`, article: event.article, paragraph: event.paragraph };
  }
}

/** Citations of a paragraph the article does not have. */
function missingParagraphs(bankName, raw, bank, sources) {
  return [...citations(bankName, raw, bank)]
    .filter(({ article, paragraph }) => !sources.get(article)?.paragraphs[paragraph - 1])
    .map(({ where, article, paragraph }) => `${where}: cites paragraph ${paragraph} of "${article}", which has paragraphs 1-${sources.get(article)?.paragraphs.length ?? 0}`);
}

/**
 * Slots their citation does not back: each slot's figure, year or name must stand in the
 * cited paragraph. A `given` slot is context that may come from elsewhere in the article
 * (the countries of a paragraph that says only "the quake"), so it must stand somewhere in it.
 */
function unsupportedSlots(bankName, raw, bank, sources) {
  const entities = new Map(bank.entities.map((e) => [e.id, e]));
  const problems = [];
  for (const [i, fact] of bank.facts.entries()) {
    const where = `${bankName}:${lineOf(raw, `"id": "${fact.id}"`)} $.facts[${i}] ("${fact.id}")`;
    const source = sources.get(fact.article);
    const paragraph = source?.tokens[fact.paragraph - 1];
    if (!paragraph) continue; // missingParagraphs reports it.
    for (const [name, slot] of Object.entries(fact.slots)) {
      const scope = slot.given ? source.tokens.flat() : paragraph;
      const place = slot.given ? `anywhere in "${fact.article}" (the slot is given)` : `in "${fact.article}" paragraph ${fact.paragraph}`;
      let wanted;
      if ('number' in slot) wanted = [...figureForms(slot.number, slot.unit), ...ordinalForms(slot.number, slot.unitSingular)];
      else if ('date' in slot) wanted = [tokens(String(slot.date).slice(0, 4))];
      else wanted = [...forms(entities.get(slot.entity) ?? { label: '' }), ...adjectiveForms(entities.get(slot.entity))];
      if (!wanted.some((form) => containsRun(scope, form))) {
        problems.push(`${where}: slot "${name}" is not found ${place}: none of ${wanted.map((w) => `"${w.join(' ')}"`).join(', ') || '(no names)'} occurs there`);
      }
    }
  }
  return problems;
}

/** The adjective of a country, as tokens ("Irish actor" names Ireland): the drafting lexicon's table. */
function adjectiveForms(entity) {
  if (!entity) return [];
  return Object.entries(DEMONYMS).filter(([, country]) => country === entity.label).map(([adjective]) => tokens(adjective));
}

const articlesMissing = !existsSync(join(articlesDir, 'SOURCES.md'));
const skip = articlesMissing && !process.env.CI
  ? `the test articles are not at ${articlesDir} (set NEWS_QUIZ_ARTICLES to their folder); skipped`
  : false;

/**
 * Each fact's statement with its slots filled in (a name by its label, a figure in digits with
 * its qualifier and unit, a date by its year), by fact id: what a quiz shows of it.
 */
function filledStatements(bank) {
  const entities = new Map(bank.entities.map((e) => [e.id, e]));
  const qualifiers = { 'about': 'about ', 'at-least': 'at least ', 'more-than': 'more than ', 'at-most': 'at most ', 'fewer-than': 'fewer than ' };
  const fill = (slot) => {
    if ('number' in slot) return `${qualifiers[slot.qualifier] ?? ''}${slot.number.toLocaleString('en-US')} ${slot.unit}`;
    if ('date' in slot) return String(slot.date).slice(0, 4);
    return entities.get(slot.entity)?.label ?? slot.entity;
  };
  return Object.fromEntries(bank.facts.map((fact) => [fact.id, fact.text.replace(/\{([^}]+)\}/g, (_, name) => fill(fact.slots[name]))]));
}

// The rules above that let an article's wording differ from the bank's must still tell a wrong
// citation from a right one.
test('the reading of an article: a copyright line is no paragraph, an ordinal backs a count of the thing it numbers, an adjective its own country', () => {
  const text = 'The group said profits rose.\n\nCopyright law was the subject of a long dispute in 2012, which the group settled in court.\n\nCopyright Agence France-Presse, 2012\n';
  assert.deepEqual(articleParagraphs(text), ['The group said profits rose.', 'Copyright law was the subject of a long dispute in 2012, which the group settled in court.']);
  const paragraph = tokens('It was the second Academy Award for Stone, on the third day of the festival.');
  assert.ok(ordinalForms(2, 'Academy Award').some((form) => containsRun(paragraph, form)));
  assert.ok(ordinalForms(2, '2nd Academy Award').length > 0 && containsRun(tokens('her 2nd Academy Award'), ordinalForms(2, 'Academy Award')[1]));
  assert.ok(!ordinalForms(3, 'Academy Award').some((form) => containsRun(paragraph, form)), 'an ordinal of another number');
  assert.ok(!ordinalForms(3, 'person').some((form) => containsRun(paragraph, form)), '"the third day" backs no count of people');
  assert.ok(!ordinalForms(2, undefined).length, 'a count with no singular unit has no ordinal form');
  const irish = tokens('Irish actor Cillian Murphy won the award.');
  assert.ok(adjectiveForms({ label: 'Ireland' }).some((form) => containsRun(irish, form)));
  assert.ok(!adjectiveForms({ label: 'United Kingdom' }).some((form) => containsRun(irish, form)), 'another country\'s adjective');
  assert.deepEqual(adjectiveForms({ label: 'Oppenheimer' }), [], 'only a country has an adjective');
});

for (const bankName of bankNames) {
  test(`${bankName}: news-quiz validate passes the bank`, () => {
    const result = cli('validate', bankName);
    assert.equal(result.stderr, '');
    assert.equal(result.status, 0);
    assert.match(result.stdout, new RegExp(`^${bankName.replace(/[.\\/]/g, '\\$&')}: ok \\(\\d+ facts, \\d+ entities, 1 article\\)\\n$`));
  });

  test(`${bankName}: news-quiz generate makes a full ten-question quiz from the bank, for any seed`, () => {
    for (const seed of ['a', 'b', 'news-quiz']) {
      const result = cli('generate', bankName, '--seed', seed);
      assert.equal(result.status, 0, result.stderr);
      const quiz = JSON.parse(result.stdout);
      assert.equal(quiz.questions.length, 10, `seed ${seed}: ${quiz.questions.map((q) => q.id).join(', ')}`);
      assert.equal(new Set(quiz.questions.map((q) => q.id)).size, 10, `seed ${seed}: a question id repeats`);
    }
  });

  test(`${bankName}: the article of the bank is a test article, with its headline, site, date and paragraph count`, { skip }, () => {
    assert.ok(!articlesMissing, `the test articles are not at ${articlesDir}; set NEWS_QUIZ_ARTICLES to their folder`);
    const { problems, sources } = load(bankName);
    assert.equal(sources.size, 1, problems.join('\n'));
    assert.deepEqual(problems, [], problems.join('\n'));
  });

  test(`${bankName}: the bank cites only paragraphs its article has`, { skip }, () => {
    const { raw, bank, sources } = load(bankName);
    const problems = missingParagraphs(bankName, raw, bank, sources);
    assert.deepEqual(problems, [], `${problems.length} citations of missing paragraphs:\n${problems.join('\n')}`);
  });

  test(`${bankName}: every fact of the bank cites a paragraph that holds its figures and names`, { skip }, () => {
    const { raw, bank, sources } = load(bankName);
    const problems = unsupportedSlots(bankName, raw, bank, sources);
    assert.deepEqual(problems, [], `${problems.length} unsupported slots:\n${problems.join('\n')}`);
  });

  test(`${bankName}: every role in the bank cites a paragraph that names the person and the role`, { skip }, () => {
    const { raw, bank, sources } = load(bankName);
    const problems = unsupportedRoles(bankName, raw, bank, sources);
    assert.deepEqual(problems, [], `${problems.length} unsupported roles:\n${problems.join('\n')}`);
  });

  test(`${bankName}: no run of eight words from the article appears in the bank, titles aside, nor in its statements filled in`, { skip }, () => {
    const { bank, texts } = load(bankName);
    const problems = copiedRuns(bankName, { ...bank, filled: filledStatements(bank) }, texts);
    assert.deepEqual(problems, [], `${problems.length} copied runs:\n${problems.join('\n')}`);
  });

  // The checks above pass only if they can fail: fed wrong data built from the real
  // article, each must complain.
  test(`${bankName}: the checks on the bank catch a copied sentence, a missing paragraph and a wrong citation`, { skip }, () => {
    const { raw, bank, sources, texts } = load(bankName);
    const source = sources.get(bank.articles[0].id);

    const copied = structuredClone(bank);
    copied.understanding[0].explanation = `In short: ${source.paragraphs[3]}`;
    assert.ok(copiedRuns(bankName, copied, texts).some((p) => p.includes('$.understanding[0].explanation')), 'a paragraph pasted into an explanation went unnoticed');

    const beyond = structuredClone(bank);
    // The last item's first event where it is a sequence, else the item's own citation.
    const last = beyond.understanding.at(-1);
    (last.events?.[0] ?? last).paragraph = source.paragraphs.length + 1;
    beyond.entities.find((e) => e.roles?.length).roles[0].paragraph = source.paragraphs.length + 1;
    assert.equal(missingParagraphs(bankName, raw, beyond, sources).length, 2, 'citations past the last paragraph went unnoticed');

    const shifted = structuredClone(bank);
    for (const fact of shifted.facts) fact.paragraph = (fact.paragraph % source.paragraphs.length) + 1;
    const misses = unsupportedSlots(bankName, raw, shifted, sources);
    assert.ok(misses.length >= shifted.facts.length / 2, `moving every citation one paragraph on was caught only ${misses.length} times`);

    const roleless = structuredClone(bank);
    for (const entity of roleless.entities) for (const role of entity.roles ?? []) role.paragraph = (role.paragraph % source.paragraphs.length) + 1;
    assert.ok(unsupportedRoles(bankName, raw, roleless, sources).length > 0, 'moving every role one paragraph on went unnoticed');
  });
}
