// Which browser the tests, the bench and the screenshots run in (scripts/chromium.mjs): CHROME_PATH,
// else a Chromium or Chrome on PATH (or where the macOS and Windows installers put it), else the
// Chromium packaged in @sparticuz/chromium. Each case runs the finder against a PATH of its own.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { chmodSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { findChromium, packagedChromium } from '../../scripts/chromium.mjs';

const root = fileURLToPath(new URL('../..', import.meta.url));
const scratch = mkdtempSync(join(tmpdir(), 'news-quiz-chromium-'));
test.after(() => rmSync(scratch, { recursive: true, force: true }));

/** Makes `dir/name` (executable unless told otherwise) and returns its path. */
function place(dir, name, { executable = true } = {}) {
  const path = join(scratch, dir, name);
  mkdirSync(join(scratch, dir), { recursive: true });
  writeFileSync(path, '#!/bin/sh\nexit 0\n');
  chmodSync(path, executable ? 0o755 : 0o644);
  return path;
}
const dir = (name) => join(scratch, name);
/** A packaged Chromium stand-in that records that it was asked for. */
function fakePackaged() {
  const calls = [];
  const packaged = async () => {
    calls.push(1);
    return { path: '/packaged/chromium', version: '1.2.3' };
  };
  return { packaged, calls };
}
const linux = { platform: 'linux', arch: 'x64', places: [] };

test('CHROME_PATH comes first, even when a Chromium is on PATH', async () => {
  place('a', 'chromium');
  const mine = place('own', 'my-chrome');
  const { packaged, calls } = fakePackaged();
  const found = await findChromium({ ...linux, env: { CHROME_PATH: mine, PATH: dir('a') }, packaged });
  assert.deepEqual(found, { path: mine, source: 'CHROME_PATH' });
  assert.equal(calls.length, 0, 'the packaged Chromium is not unpacked when another is found');
});

test('a CHROME_PATH that is not an executable file is an error naming it, not a silent fallback', async () => {
  place('a', 'chromium');
  const notExecutable = place('own', 'plain-file', { executable: false });
  for (const value of [join(scratch, 'no-such-browser'), notExecutable, dir('own')]) {
    await assert.rejects(findChromium({ ...linux, env: { CHROME_PATH: value, PATH: dir('a') }, packaged: fakePackaged().packaged }), (error) => {
      assert.match(error.message, /^CHROME_PATH is set to /);
      assert.ok(error.message.includes(value), error.message);
      assert.match(error.message, /not an executable file/);
      return true;
    });
  }
});

test('on PATH: the usual names, chromium before Chrome, and the first PATH folder for one name', async () => {
  const chrome = place('p1', 'google-chrome');
  const chromium = place('p2', 'chromium');
  const { packaged, calls } = fakePackaged();
  assert.deepEqual(await findChromium({ ...linux, env: { PATH: [dir('p1'), dir('p2')].join(':') }, packaged }), { path: chromium, source: 'PATH' });
  assert.deepEqual(await findChromium({ ...linux, env: { PATH: dir('p1') }, packaged }), { path: chrome, source: 'PATH' });
  const first = place('p3', 'chromium');
  assert.deepEqual(await findChromium({ ...linux, env: { PATH: [dir('p3'), dir('p2')].join(':') }, packaged }), { path: first, source: 'PATH' });
  for (const name of ['chromium-browser', 'google-chrome-stable', 'chrome']) {
    const path = place(`only-${name}`, name);
    assert.deepEqual(await findChromium({ ...linux, env: { PATH: dir(`only-${name}`) }, packaged }), { path, source: 'PATH' });
  }
  assert.equal(calls.length, 0);
});

test('a file named chromium that cannot be run, or a folder of that name, is passed over', async () => {
  place('noexec', 'chromium', { executable: false });
  mkdirSync(join(scratch, 'folder', 'chromium'), { recursive: true });
  const chrome = place('later', 'google-chrome');
  const found = await findChromium({ ...linux, env: { PATH: [dir('noexec'), dir('folder'), dir('later')].join(':') }, packaged: fakePackaged().packaged });
  assert.deepEqual(found, { path: chrome, source: 'PATH' });
});

test('with no browser on PATH, Linux x64 uses the packaged Chromium', async () => {
  const { packaged, calls } = fakePackaged();
  const found = await findChromium({ ...linux, env: { PATH: dir('empty') }, packaged });
  assert.deepEqual(found, { path: '/packaged/chromium', source: 'packaged', version: '1.2.3' });
  assert.equal(calls.length, 1);
  assert.equal((await findChromium({ ...linux, env: {}, packaged })).source, 'packaged', 'no PATH at all');
});

test('macOS and Windows: the installers\' places after PATH; no packaged Chromium off Linux x64', async () => {
  const app = place('Applications/Google Chrome.app/Contents/MacOS', 'Google Chrome');
  const { packaged, calls } = fakePackaged();
  const mac = { platform: 'darwin', arch: 'arm64', places: [join(scratch, 'nowhere'), app] };
  assert.deepEqual(await findChromium({ ...mac, env: { PATH: dir('empty') }, packaged }), { path: app, source: 'installed' });
  const onPath = place('macpath', 'chromium');
  assert.deepEqual(await findChromium({ ...mac, env: { PATH: dir('macpath') }, packaged }), { path: onPath, source: 'PATH' });
  await assert.rejects(findChromium({ ...mac, places: [], env: { PATH: dir('empty') }, packaged }), /No Chromium or Chrome found.*Linux x64 only.*CHROME_PATH/);
  await assert.rejects(findChromium({ platform: 'linux', arch: 'arm64', places: [], env: { PATH: dir('empty') }, packaged }), /Linux x64 only/);
  assert.equal(calls.length, 0);
});

test('when the package is not installed, the error says what to do', async () => {
  await assert.rejects(findChromium({ ...linux, env: { PATH: dir('empty') }, packaged: async () => null }), (error) => {
    assert.match(error.message, /@sparticuz\/chromium/);
    assert.match(error.message, /npm install/);
    assert.match(error.message, /apt-get install chromium/);
    assert.match(error.message, /CHROME_PATH/);
    return true;
  });
});

test('the packaged Chromium is unpacked whole, once per version, even by two processes at once', async () => {
  const cacheDir = join(scratch, 'cache');
  mkdirSync(join(cacheDir, '1.0.0-old'), { recursive: true });
  const [a, b] = await Promise.all([packagedChromium({ cacheDir }), packagedChromium({ cacheDir })]);
  const { version } = JSON.parse(readFileSync(join(root, 'node_modules/@sparticuz/chromium/package.json'), 'utf8'));
  assert.deepEqual(a, { path: join(cacheDir, version, 'chromium'), version });
  assert.deepEqual(b, a);
  const size = statSync(a.path).size;
  assert.ok(size > 100e6, `the binary is whole (${size} bytes)`);
  assert.ok(statSync(a.path).mode & 0o100, 'executable');
  assert.deepEqual(readdirSync(cacheDir), [version], 'an earlier version is removed');
  assert.deepEqual(readdirSync(join(cacheDir, version)), ['chromium'], 'no partial file is left');
  const again = await packagedChromium({ cacheDir });
  assert.equal(statSync(again.path).mtimeMs, statSync(a.path).mtimeMs, 'not unpacked a second time');
});

const linuxX64 = process.platform === 'linux' && process.arch === 'x64';

test('`node scripts/chromium.mjs` with nothing on PATH finds the packaged Chromium and starts it', { skip: !linuxX64 && 'the packaged Chromium runs on Linux x64 only' }, () => {
  const run = spawnSync(process.execPath, ['scripts/chromium.mjs'], {
    cwd: root,
    env: { PATH: dir('empty'), HOME: process.env.HOME ?? tmpdir() },
    encoding: 'utf8',
    timeout: 120000,
  });
  assert.equal(run.status, 0, run.stdout + run.stderr);
  assert.match(run.stdout, /browser: the packaged headless Chromium of @sparticuz\/chromium \d+/);
  assert.match(run.stdout, /it starts: HeadlessChrome\/\d+/);
});

test('`node scripts/chromium.mjs` says why a browser does not start, and exits 1', () => {
  const broken = join(scratch, 'broken-chrome');
  writeFileSync(broken, '#!/bin/sh\necho "error while loading shared libraries: libnss3.so: cannot open shared object file" >&2\nexit 127\n');
  chmodSync(broken, 0o755);
  const run = spawnSync(process.execPath, ['scripts/chromium.mjs'], { cwd: root, env: { ...process.env, CHROME_PATH: broken }, encoding: 'utf8', timeout: 120000 });
  assert.equal(run.status, 1, run.stdout + run.stderr);
  assert.match(run.stdout, /from CHROME_PATH/);
  assert.match(run.stdout, /it does not start: .*libnss3\.so/);
});
