// The CLI as a real process.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const cli = (...args) => spawnSync(process.execPath, ['bin/news-quiz.js', ...args], { encoding: 'utf8', maxBuffer: 1 << 28 });

test('news-quiz with no command prints the usage and exits 2', () => {
  const result = cli();
  assert.equal(result.status, 2);
  assert.match(result.stderr, /Usage: news-quiz <command>/);
});

test('news-quiz with an unknown command names it and exits 2', () => {
  const result = cli('frobnicate');
  assert.equal(result.status, 2);
  assert.match(result.stderr, /unknown command "frobnicate"/);
});

test('a name an object inherits is no command: exit 2, no stack trace', () => {
  for (const name of ['__proto__', 'constructor', 'toString', 'hasOwnProperty', 'valueOf']) {
    const result = cli(name);
    assert.equal(result.status, 2, `${name}: ${result.stderr}`);
    assert.match(result.stderr, new RegExp(`^news-quiz: unknown command "${name}"\\.`));
    assert.doesNotMatch(result.stderr, /internal error|at main/);
  }
});

const BANK = 'questions/russia-ukraine-2024.json';
const scratch = () => mkdtempSync(join(tmpdir(), 'news-quiz-cli-'));

/** The minimal bank with `n` more entities, each with three problems (id, type, label). */
function brokenBank(n) {
  const bank = JSON.parse(readFileSync('test/fixtures/minimal-bank.json', 'utf8'));
  for (let i = 0; i < n; i++) bank.entities.push({ id: `E${i}`, type: 'X', label: '' });
  return JSON.stringify(bank);
}

test('validate: a bank with 120,000 problems prints the first 100 and how many more, exit 1 (no crash)', () => {
  const dir = scratch();
  try {
    const file = join(dir, 'many.json');
    writeFileSync(file, brokenBank(40_000));
    const result = cli('validate', file);
    assert.equal(result.status, 1, result.stderr);
    assert.equal(result.stderr, '');
    const out = result.stdout.trimEnd().split('\n');
    assert.equal(out.length, 101);
    assert.match(out[0], new RegExp(`^${file.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}:1:\\d+: \\$\\.entities\\[4\\]\\.id: invalid id "E0"`));
    assert.equal(out[100], `${file}: ... and 119,900 more problems (--max-problems 0 lists them all)`);
    const all = cli('validate', '--max-problems', '0', file);
    assert.equal(all.status, 1, all.stderr);
    assert.equal(all.stdout.trimEnd().split('\n').length, 120_000);
    const three = cli('validate', '--max-problems', '3', file);
    assert.deepEqual(three.stdout.trimEnd().split('\n').slice(3), [`${file}: ... and 119,997 more problems (--max-problems 0 lists them all)`]);
    const json = JSON.parse(cli('validate', '--json', file).stdout);
    assert.equal(json[0].problems.length, 120_000);
    assert.equal(cli('validate', '--max-problems', 'some', file).status, 2);
    // generate and export print the same first lines and point to validate for the rest.
    const generate = cli('generate', file);
    assert.equal(generate.status, 1);
    const err = generate.stderr.trimEnd().split('\n');
    assert.deepEqual(err.slice(0, 100), out.slice(0, 100));
    assert.equal(err[100], `${file}: ... and 119,900 more problems (news-quiz validate --max-problems 0 ${file} lists them all)`);
    assert.equal(err[101], `news-quiz generate: ${file} is not a valid bank (120,000 problems); nothing generated.`);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('every command refuses a file past its documented size, an endless one too, without reading on', () => {
  const dir = scratch();
  try {
    const big = join(dir, 'big.json');
    writeFileSync(big, `{"id": "${'x'.repeat(5_000_001)}"}`);
    for (const args of [['validate', big], ['generate', big], ['export', big, '--format', 'gift']]) {
      const result = cli(...args);
      assert.equal(result.status, 1, args.join(' '));
      assert.match(result.stdout + result.stderr, new RegExp(`^${big.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}: cannot read: the file is larger than 5 MB, the most a bank may be$`, 'm'));
    }
    const article = join(dir, 'article.txt');
    writeFileSync(article, 'word '.repeat(200_001));
    const draft = cli('draft', article);
    assert.equal(draft.status, 1);
    assert.match(draft.stderr, /article\.txt: cannot read: the file is larger than 1 MB, the most an article may be$/m);
    // An endless device: refused at the limit (it used to read until memory ran out).
    const zero = spawnSync(process.execPath, ['bin/news-quiz.js', 'validate', '/dev/zero'], { encoding: 'utf8', timeout: 20_000 });
    assert.equal(zero.signal, null, 'validate /dev/zero finished');
    assert.equal(zero.status, 1);
    assert.equal(zero.stdout, '/dev/zero: cannot read: the file is larger than 5 MB, the most a bank may be\n');
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('a UTF-16 file is named as such, with or without a byte-order mark; other bytes as not UTF-8', () => {
  const dir = scratch();
  try {
    const text = readFileSync('test/fixtures/minimal-bank.json', 'utf8');
    const files = {
      'le-bom.json': Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]),
      'be-bom.json': Buffer.concat([Buffer.from([0xfe, 0xff]), Buffer.from(text, 'utf16le').swap16()]),
      'le.json': Buffer.from(text, 'utf16le'),
    };
    for (const [name, bytes] of Object.entries(files)) {
      const file = join(dir, name);
      writeFileSync(file, bytes);
      assert.equal(cli('validate', file).stdout, `${file}: cannot read: the file is UTF-16 text; save it as UTF-8\n`, name);
      assert.equal(cli('generate', file).stderr, `${file}: cannot read: the file is UTF-16 text; save it as UTF-8\n`, name);
    }
    const article = join(dir, 'article.txt');
    writeFileSync(article, Buffer.from('A headline\n\nSome text.\n', 'utf16le'));
    assert.match(cli('draft', article).stderr, /article\.txt: cannot read: the file is UTF-16 text; save it as UTF-8/);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('generate and export: the same usage error gives the same message and exit 2; an empty list is one', () => {
  const cases = [
    [['--kinds', 'essay'], /unknown question kind "essay"/],
    [['--kinds', ','], /--kinds needs at least one question kind, separated by commas; got ","/],
    [['--articles', ','], /--articles needs at least one article id, separated by commas; got ","/],
    [['--articles', ' , '], /--articles needs at least one article id/],
    [['--count', '0'], /--count must be a whole number of at least 1; got "0"/],
    [['--count', 'Infinity'], /--count must be a whole number of at least 1; got "Infinity"/],
    [['--difficulty', '4'], /--difficulty must be 1, 2 or 3; got "4"/],
    [['--seed'], /--seed needs a value/],
    [['--colour'], /unknown option "--colour"/],
  ];
  for (const [args, message] of cases) {
    const generate = cli('generate', BANK, ...args);
    const exported = cli('export', BANK, '--format', 'gift', ...args);
    for (const [name, result] of [['generate', generate], ['export', exported]]) {
      assert.equal(result.status, 2, `${name} ${args.join(' ')}: ${result.stderr}`);
      assert.match(result.stderr, new RegExp(`^news-quiz ${name}: ${message.source}[^\\n]*\\.\\n\\nUsage: news-quiz ${name} `), `${name} ${args.join(' ')}`);
      assert.equal(result.stdout, '');
    }
  }
  for (const [args, message] of [[['--articles', 'nope'], /unknown article "nope"/], [['--count', '100000'], /the bank can make only \d+ questions/]]) {
    for (const name of ['generate', 'export']) {
      const result = name === 'generate' ? cli('generate', BANK, ...args) : cli('export', BANK, '--format', 'gift', ...args);
      assert.equal(result.status, 1, `${name} ${args.join(' ')}`);
      assert.match(result.stderr, new RegExp(`^news-quiz ${name}: ${BANK.replace(/[./]/g, '\\$&')}: ${message.source}`));
    }
  }
});

test('every command answers --help and -h on standard output, exit 0', () => {
  for (const name of ['validate', 'generate', 'export', 'draft']) {
    for (const flag of ['--help', '-h']) {
      const result = cli(name, flag);
      assert.equal(result.status, 0, `${name} ${flag}`);
      assert.match(result.stdout, new RegExp(`^Usage: news-quiz ${name} `));
      assert.equal(result.stderr, '');
    }
  }
});
