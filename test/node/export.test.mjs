// `news-quiz export` as a real process, its GIFT read back with a real GIFT parser
// (gift-pegjs) and compared with the questions the generator makes; the worksheet
// checked for what a printed sheet needs. Needs `npm run build` first (dist/).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse } from 'gift-pegjs';
import { allQuestions, generate, parseBank } from '../../dist/domain.js';
import { toGift } from '../../dist/index.js';

const cli = (...args) => spawnSync(process.execPath, ['bin/news-quiz.js', ...args], { encoding: 'utf8' });

// The seed bank once it is written; until then the generator's own test bank.
const SEED_BANK = 'questions/russia-ukraine-2024.json';
const BANK = existsSync(SEED_BANK) ? SEED_BANK : 'test/fixtures/generator-bank.json';
const bank = parseBank(readFileSync(BANK, 'utf8')).bank;

const oneSpace = (s) => s.replace(/\s+/g, ' ').trim();

/** Unique accepted forms as GIFT lists them (Moodle compares them without case). */
function forms(accept) {
  const seen = new Set();
  return accept.filter((f) => {
    const key = f.toLowerCase().trim();
    if (!key || seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/** The range a parsed GIFT numerical answer accepts. */
function range(choices) {
  assert.ok(!Array.isArray(choices), 'one numerical answer');
  if (choices.type === 'range') return [choices.number - choices.range, choices.number + choices.range];
  if (choices.type === 'high-low') return [choices.numberLow, choices.numberHigh];
  return [choices.number, choices.number];
}

const close = (a, b) => Math.abs(a - b) < 1e-6;

// gift-pegjs 1.0.2 leaves its internal placeholders for escaped characters in a matching
// pair's right-hand side ("x\\: y" reads back as "x&&058; y"); its stems and choices are decoded.
const PLACEHOLDERS = { '&&092;': '\\', '&&058;': ':', '&&035;': '#', '&&061;': '=', '&&123;': '{', '&&125;': '}', '&&126;': '~' };
const subanswer = (text) => text.replace(/&&\d{3};/g, (p) => PLACEHOLDERS[p] ?? p);

/** Assert that one parsed GIFT question holds the generated question: prompt, answers, feedback. */
function assertSame(parsed, q, articleTitle) {
  const where = `question ${q.id}`;
  assert.equal(parsed.title, q.id, where);
  assert.ok(parsed.globalFeedback.text.startsWith(oneSpace(q.explanation)), `${where}: feedback is the explanation`);
  assert.ok(parsed.globalFeedback.text.includes(`paragraph ${q.paragraph}`), `${where}: feedback cites the paragraph`);
  if (articleTitle) assert.ok(parsed.globalFeedback.text.includes(articleTitle), `${where}: feedback cites the article`);
  const stem = parsed.stem.text;
  switch (q.kind) {
    case 'choice':
    case 'support':
    case 'claim':
    case 'reason':
      assert.equal(parsed.type, 'MC', where);
      assert.equal(stem, oneSpace(q.prompt), where);
      assert.deepEqual(parsed.choices.map((c) => c.text.text), q.options.map(oneSpace), where);
      assert.deepEqual(parsed.choices.map((c) => c.isCorrect), q.options.map((_, i) => i === q.correct), where);
      break;
    case 'truefalse':
      assert.equal(parsed.type, 'TF', where);
      assert.equal(stem, oneSpace(q.prompt), where);
      assert.equal(parsed.isTrue, q.correct === 0, where);
      break;
    case 'text':
      assert.equal(parsed.type, 'Short', where);
      assert.equal(stem, oneSpace(q.prompt), where);
      assert.deepEqual(parsed.choices.map((c) => c.text.text), forms([...q.accept, ...(q.spellings ?? [])]).map(oneSpace), where);
      break;
    case 'number': {
      assert.equal(parsed.type, 'Numerical', where);
      assert.equal(stem, oneSpace(q.prompt), where);
      const [min, max] = range(parsed.choices);
      assert.ok(close(min, q.min) && close(max, q.max), `${where}: ${min}..${max} is ${q.min}..${q.max}`);
      break;
    }
    case 'cloze': {
      assert.equal(parsed.hasEmbeddedAnswers, true, where);
      assert.equal(stem, oneSpace(`${q.prompt} ${q.before} _____ ${q.after || '.'}`), where);
      if (q.blank.type === 'text') {
        assert.equal(parsed.type, 'Short', where);
        assert.deepEqual(parsed.choices.map((c) => c.text.text), forms([...q.blank.accept, ...(q.blank.spellings ?? [])]).map(oneSpace), where);
      } else {
        assert.equal(parsed.type, 'Numerical', where);
        const [min, max] = range(parsed.choices);
        assert.ok(close(min, q.blank.min) && close(max, q.blank.max), where);
      }
      break;
    }
    case 'match':
      assert.equal(parsed.type, 'Matching', where);
      assert.equal(stem, oneSpace(q.prompt), where);
      assert.deepEqual(
        parsed.matchPairs.map((p) => [p.subquestion.text, subanswer(p.subanswer)]),
        q.left.map((left, i) => [oneSpace(left), oneSpace(q.right[q.pairs[i]])]),
        where,
      );
      break;
    case 'order':
    case 'sequence': {
      assert.equal(parsed.type, 'Matching', where);
      assert.ok(stem.startsWith(oneSpace(q.prompt)), where);
      const placeOf = new Map(q.order.map((item, place) => [item, place + 1]));
      assert.deepEqual(
        parsed.matchPairs.map((p) => [p.subquestion.text, Number.parseInt(p.subanswer, 10)]),
        q.items.map((item, i) => [oneSpace(item), placeOf.get(i)]),
        where,
      );
      break;
    }
    default:
      assert.fail(`${where}: unknown kind ${q.kind}`);
  }
}

const questionsOf = (gift) => parse(gift).filter((p) => p.type !== 'Category' && p.type !== 'Description');

test(`export --format gift: Moodle's format, read back by gift-pegjs, holds the generated quiz (${BANK})`, () => {
  const result = cli('export', BANK, '--format', 'gift', '--seed', 's', '--count', '12');
  assert.equal(result.status, 0, result.stderr);
  const parsed = questionsOf(result.stdout);
  const quiz = generate(bank, { seed: 's', count: 12 });
  assert.equal(parsed.length, 12);
  quiz.questions.forEach((q, i) => assertSame(parsed[i], q, bank.articles.find((a) => a.id === q.article)?.title));
});

/** The largest quiz the generator can make from the bank (it may take one question per fact). */
function largestCount() {
  for (let count = allQuestions(bank, { seed: 'all' }).length; count > 0; count--) {
    try {
      generate(bank, { seed: 'all', count });
      return count;
    } catch {
      // too many for this bank; try one fewer
    }
  }
  return 0;
}

test('export --format gift holds the largest quiz the bank can make, of every kind it makes', () => {
  const count = largestCount();
  assert.ok(count >= 20, `the bank makes a quiz of ${count} questions`);
  const result = cli('export', BANK, '--format', 'gift', '--seed', 'all', '--count', String(count));
  assert.equal(result.status, 0, result.stderr);
  const parsed = questionsOf(result.stdout);
  const quiz = generate(bank, { seed: 'all', count });
  assert.equal(parsed.length, count);
  quiz.questions.forEach((q, i) => assertSame(parsed[i], q, bank.articles.find((a) => a.id === q.article)?.title));
  const kinds = new Set(quiz.questions.map((q) => q.kind));
  assert.ok(kinds.size >= 5, `the bank makes several kinds (${[...kinds].join(', ')})`);
});

test('export --format gift matches `news-quiz generate` with the same options', () => {
  const generated = cli('generate', BANK, '--seed', 's', '--count', '12');
  assert.equal(generated.status, 0, generated.stderr);
  const quiz = JSON.parse(generated.stdout);
  const parsed = questionsOf(cli('export', BANK, '--format', 'gift', '--seed', 's', '--count', '12').stdout);
  assert.equal(parsed.length, quiz.questions.length);
  quiz.questions.forEach((q, i) => assertSame(parsed[i], q));
});

test('export honours --kinds, --articles and --title, and one seed gives one file', () => {
  const article = bank.articles[0].id;
  const args = ['export', BANK, '--format', 'gift', '--seed', 'k', '--count', '3', '--kinds', 'truefalse', '--articles', article, '--title', 'Week 3: news'];
  const first = cli(...args);
  assert.equal(first.status, 0, first.stderr);
  assert.equal(cli(...args).stdout, first.stdout);
  const all = parse(first.stdout);
  assert.deepEqual(all[0], { type: 'Category', title: '$course$/Week 3: news' });
  const parsed = all.slice(1);
  const quiz = generate(bank, { seed: 'k', count: 3, kinds: ['truefalse'], articles: [article] });
  assert.equal(parsed.length, 3);
  quiz.questions.forEach((q, i) => {
    assert.equal(q.article, article);
    assertSame(parsed[i], q);
  });
});

// Every kind, with every character GIFT treats specially, through the library's toGift.
const base = { facts: ['f'], article: 'arms-talks', paragraph: 3, difficulty: 2, explanation: 'Why: {a} = b ~ c #1 \\ done.' };
const ALL_KINDS = {
  bank: 'test',
  seed: 'x',
  questions: [
    { ...base, id: 'q-choice', kind: 'choice', prompt: 'Which one: {x}?', options: ['Il-76', 'A = B', 'C~D', '#3'], correct: 1, answerText: 'A = B' },
    { ...base, id: 'q-tf-true', kind: 'truefalse', prompt: 'True or false? 2:1 odds.', options: ['True', 'False'], correct: 0, answerText: 'True' },
    { ...base, id: 'q-tf-false', kind: 'truefalse', prompt: 'True or false? Drones hit Kyiv.', options: ['True', 'False'], correct: 1, answerText: 'False' },
    { ...base, id: 'q-text', kind: 'text', prompt: 'Who?', accept: ['Oleksandr Syrskyi', 'Syrskyi', 'syrskyi', 'Syrskyj'], rivals: [['Danylyuk']], answerText: 'Oleksandr Syrskyi' },
    { ...base, id: 'q-number', kind: 'number', prompt: 'How many?', value: 43, min: 43, max: 43, unit: 'missiles', answerText: '43' },
    { ...base, id: 'q-about', kind: 'number', prompt: 'How far?', value: 30, min: 27, max: 33, unit: 'miles', answerText: 'about 30' },
    { ...base, id: 'q-more', kind: 'number', prompt: 'How many missiles?', value: 20, min: 21, max: 1000, unit: 'missiles', answerText: 'more than 20' },
    { ...base, id: 'q-decimal', kind: 'number', prompt: 'How much?', value: 2.5, min: 2.25, max: 2.75, unit: 'km', answerText: '2.5' },
    {
      ...base,
      id: 'q-cloze-number',
      kind: 'cloze',
      prompt: 'Fill in the blank:',
      before: 'Drones damaged',
      after: 'Il-76 planes at Pskov.',
      blank: { type: 'number', value: 4, min: 4, max: 4, unit: 'planes' },
      answerText: '4',
    },
    {
      ...base,
      id: 'q-cloze-text',
      kind: 'cloze',
      prompt: 'Fill in the blank:',
      before: 'The strike hit',
      after: '',
      blank: { type: 'text', accept: ['Pskov', 'Pskow'], rivals: [] },
      answerText: 'Pskov',
    },
    {
      ...base,
      id: 'q-match',
      kind: 'match',
      prompt: 'Match each person with a role:',
      left: ['Kirby', 'Vedernikov', 'A -> B'],
      right: ['governor', 'x: y', 'spokesperson'],
      pairs: [2, 0, 1],
      answerText: '',
    },
    {
      ...base,
      id: 'q-order',
      kind: 'order',
      prompt: 'Put in order, smallest first:',
      items: ['6 regions', '2 people', '43 missiles', '30 miles'],
      order: [1, 0, 3, 2],
      ends: { first: 'smallest', last: 'largest' },
      answerText: '',
    },
  ],
};

test('toGift writes every kind so that a GIFT parser reads back the same question, special characters and all', () => {
  const gift = toGift(ALL_KINDS);
  const parsed = questionsOf(gift);
  assert.equal(parsed.length, ALL_KINDS.questions.length);
  ALL_KINDS.questions.forEach((q, i) => {
    // Matching cannot protect "->" in GIFT: it is written as an arrow.
    const shown = q.kind === 'match' ? { ...q, left: q.left.map((l) => l.replace('->', '→')) } : q;
    assertSame(parsed[i], shown);
  });
  assert.match(gift, /^\/\/ .*short answer.*forgives no typos/m, 'says what short answers lose in Moodle');
  assert.match(gift, /^\/\/ GIFT has no ordering question: exported as matching/m, 'says what becomes of order questions');
  assert.deepEqual(parsed[0].tags, ['news-quiz', 'choice', 'difficulty-2']);
});

test('export --format worksheet prints a standalone printable HTML page with the answer key on its own page', () => {
  const result = cli('export', BANK, '--format', 'worksheet', '--seed', 's', '--count', '5');
  assert.equal(result.status, 0, result.stderr);
  const html = result.stdout;
  assert.match(html, /^<!doctype html>\n<html lang="en">/);
  assert.match(html, /<meta name="viewport" content="width=device-width, initial-scale=1">/);
  assert.match(html, /<title>[^<]+<\/title>/);
  assert.match(html, /@media print/);
  assert.match(html, /\.answer-key \{ break-before: page;/);
  assert.doesNotMatch(html, /<(?:script|link|img)\b|src=|href=/, 'needs nothing from outside');
  const questions = html.indexOf('<ol class="questions">');
  const key = html.indexOf('<section class="answer-key"');
  assert.ok(questions > 0 && key > questions, 'the key comes after the questions');
  const quiz = generate(bank, { seed: 's', count: 5 });
  assert.equal((html.match(/<li id="q\d+" class="question">/g) ?? []).length, 5);
  const keyPart = html.slice(key);
  quiz.questions.forEach((q, i) => {
    const item = keyPart.slice(keyPart.indexOf(`<li id="key${i + 1}">`), keyPart.indexOf('</li>', keyPart.indexOf(`<li id="key${i + 1}">`)));
    const title = bank.articles.find((a) => a.id === q.article).title.replace(/&/g, '&#38;').replace(/'/g, '&#39;');
    assert.ok(item.includes(`<cite>${title}</cite>, paragraph ${q.paragraph}`), `key ${i + 1} cites its article and paragraph`);
  });
});

test('export --out writes the file and says so', () => {
  const dir = mkdtempSync(join(tmpdir(), 'news-quiz-export-'));
  try {
    const out = join(dir, 'quiz.gift');
    const result = cli('export', BANK, '--format', 'gift', '--count', '2', '--out', out);
    assert.equal(result.status, 0, result.stderr);
    assert.equal(result.stdout, '');
    assert.match(result.stderr, /wrote 2 questions \(gift\) to /);
    assert.equal(questionsOf(readFileSync(out, 'utf8')).length, 2);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('export refuses what it cannot do, saying what is wrong: exit 2 for the command line, 1 for the bank', async (t) => {
  const cases = [
    [['export', BANK, '--format', 'pdf'], 2, /unknown format "pdf"; the formats are gift, worksheet[\s\S]*Usage: news-quiz export/],
    [['export', BANK, '--format', 'gift', '--kinds', 'truefalse,essay'], 2, /unknown question kind "essay"; the kinds are truefalse, choice[\s\S]*Usage: news-quiz export/],
    [['export', BANK, '--format', 'gift', '--count', 'ten'], 2, /--count must be a whole number of at least 1; got "ten"[\s\S]*Usage: news-quiz export/],
    [['export', BANK, '--format', 'gift', '--difficulty', '4'], 2, /--difficulty must be 1, 2 or 3; got "4"[\s\S]*Usage: news-quiz export/],
    [['export', BANK, '--format', 'gift', '--articles', 'nope'], 1, /^news-quiz export: questions\/russia-ukraine-2024\.json: unknown article "nope"; the bank's articles are /m],
    [['export', BANK, '--format', 'gift', '--count', '100000'], 1, /can make only \d+ questions/],
    [['export', 'no/such/bank.json', '--format', 'gift'], 1, /^no\/such\/bank\.json: cannot read: no such file$/m],
    [['export', BANK], 2, /--format is required[\s\S]*Usage: news-quiz export/],
    [['export', '--format', 'gift'], 2, /name the bank file[\s\S]*Usage: news-quiz export/],
    [['export', BANK, '--format', 'gift', '--colour', 'red'], 2, /unknown option "--colour"[\s\S]*Usage: news-quiz export/],
    [['export', BANK, '--format'], 2, /--format needs a value/],
  ];
  for (const [args, status, message] of cases) {
    await t.test(args.join(' '), () => {
      const result = cli(...args);
      assert.equal(result.status, status, result.stderr);
      assert.match(result.stderr, message);
      assert.equal(result.stdout, '');
    });
  }
});

test('export reports a broken bank as FILE:LINE:COL: PATH: message lines', () => {
  const dir = mkdtempSync(join(tmpdir(), 'news-quiz-export-'));
  try {
    const file = join(dir, 'bank.json');
    const broken = readFileSync(BANK, 'utf8').replace(/"version": \d+/, '"version": 7');
    assert.notEqual(broken, readFileSync(BANK, 'utf8'), 'the test bank has a version line to break');
    writeFileSync(file, broken);
    const result = cli('export', file, '--format', 'gift');
    assert.equal(result.status, 1);
    const line = broken.split('\n').findIndex((l) => l.includes('"version": 7')) + 1;
    const name = file.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    assert.match(result.stderr, new RegExp(`^${name}:${line}:\\d+: \\$\\.version: `, 'm'));
    assert.match(result.stderr, new RegExp(`^news-quiz export: ${name} is not a valid bank \\(\\d+ problems?\\); nothing exported\\.$`, 'm'));
    assert.equal(result.stdout, '');
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('export reads a bank with a byte-order mark, and names a file that is not UTF-8', () => {
  const dir = mkdtempSync(join(tmpdir(), 'news-quiz-export-'));
  try {
    const withBom = join(dir, 'bom.json');
    writeFileSync(withBom, `\uFEFF${readFileSync(BANK, 'utf8')}`);
    const plain = cli('export', BANK, '--format', 'gift', '--count', '3');
    const bom = cli('export', withBom, '--format', 'gift', '--count', '3');
    assert.equal(bom.status, 0, bom.stderr);
    assert.equal(bom.stdout, plain.stdout);
    const latin1 = join(dir, 'latin1.json');
    writeFileSync(latin1, Buffer.concat([Buffer.from('{ "title": "caf'), Buffer.from([0xe9]), Buffer.from('" }')]));
    const bad = cli('export', latin1, '--format', 'gift');
    assert.equal(bad.status, 1);
    assert.match(bad.stderr, /latin1\.json: cannot read: the file is not valid UTF-8 text/);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('export --help prints the usage and exits 0', () => {
  const result = cli('export', '--help');
  assert.equal(result.status, 0);
  assert.match(result.stdout, /Usage: news-quiz export BANK --format gift\|worksheet/);
});

test('a "->" in any text is written as an arrow: every question keeps its kind in Moodle and gift-pegjs', () => {
  const arrow = (s) => s.replace(/->/g, '→');
  const withArrows = {
    bank: 'test',
    seed: 'x',
    questions: [
      { ...base, explanation: 'Cause -> effect.', id: 'q-choice', kind: 'choice', prompt: 'Which -> one?', options: ['A->B', 'C -> D', 'E', 'F'], correct: 0, answerText: 'A->B' },
      { ...base, explanation: 'Cause -> effect.', id: 'q-text', kind: 'text', prompt: 'Who -> whom?', accept: ['Left->Right', 'Other'], rivals: [], answerText: 'Left->Right' },
      { ...base, explanation: 'Cause -> effect.', id: 'q-tf', kind: 'truefalse', prompt: 'True or false? A -> B.', options: ['True', 'False'], correct: 0, answerText: 'True' },
      { ...base, explanation: 'Cause -> effect.', id: 'q-number', kind: 'number', prompt: 'How many -> now?', value: 4, min: 4, max: 4, unit: 'planes', answerText: '4' },
      {
        ...base,
        explanation: 'Cause -> effect.',
        id: 'q-cloze',
        kind: 'cloze',
        prompt: 'Fill in the blank:',
        before: 'From A -> to',
        after: '-> and on.',
        blank: { type: 'text', accept: ['B->C'], rivals: [] },
        answerText: 'B->C',
      },
    ],
  };
  const parsed = questionsOf(toGift(withArrows));
  assert.deepEqual(parsed.map((p) => p.type), ['MC', 'Short', 'TF', 'Numerical', 'Short']);
  assert.deepEqual(parsed[0].choices.map((c) => c.text.text), ['A→B', 'C → D', 'E', 'F']);
  assert.deepEqual(parsed[1].choices.map((c) => c.text.text), ['Left→Right', 'Other']);
  for (const [i, q] of withArrows.questions.entries()) {
    assert.ok(parsed[i].stem.text.startsWith(arrow(q.prompt)), q.id);
    assert.ok(parsed[i].globalFeedback.text.startsWith('Cause → effect.'), q.id);
  }
  assert.equal(parsed[4].stem.text, 'Fill in the blank: From A → to _____ → and on.');
});
