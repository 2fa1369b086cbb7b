// Finds the Chromium that the tests, the bench and the screenshots run in, and the flags it needs.
//
// The order: CHROME_PATH when it is set; else a Chromium or Chrome on PATH (on macOS and Windows,
// where their installers put it); else the headless Chromium that the @sparticuz/chromium
// devDependency ships inside the npm package (Linux x64 only), unpacked once into
// node_modules/.cache. Nothing is downloaded, at install or at run time.
//
// `node scripts/chromium.mjs` prints the browser found and checks that it starts (exit 1 and the
// reason when it does not): .ci/run installs Chromium with apt-get only then.
import { accessSync, constants, createReadStream, createWriteStream, existsSync, mkdirSync, readFileSync, readdirSync, renameSync, rmSync, statSync } from 'node:fs';
import { randomUUID } from 'node:crypto';
import { homedir } from 'node:os';
import { delimiter, dirname, join, relative } from 'node:path';
import { pipeline } from 'node:stream/promises';
import { fileURLToPath } from 'node:url';
import { createBrotliDecompress } from 'node:zlib';

/**
 * Flags for headless Chromium as root on a machine without outside network. The same for every
 * browser found: the packaged one gets ordinary flags too, not the package's serverless `args`
 * (which include --single-process, and so one crashed page would take every test file with it).
 */
export const chromiumArgs = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-dev-shm-usage',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-quic',
  '--no-first-run',
  '--no-default-browser-check',
];

/** The names looked for on PATH, the preferred first. */
export const browserNames = ['chromium', 'chromium-browser', 'google-chrome-stable', 'google-chrome', 'chrome'];

/** Where the Chromium and Chrome installers put the browser on macOS and Windows (off PATH there). */
export function installPlaces(platform = process.platform, env = process.env) {
  if (platform === 'darwin') {
    return ['/Applications', join(homedir(), 'Applications')].flatMap((apps) => [
      join(apps, 'Chromium.app/Contents/MacOS/Chromium'),
      join(apps, 'Google Chrome.app/Contents/MacOS/Google Chrome'),
    ]);
  }
  if (platform === 'win32') {
    return [env.LOCALAPPDATA, env.PROGRAMFILES, env['PROGRAMFILES(X86)']]
      .filter(Boolean)
      .flatMap((base) => [join(base, 'Chromium/Application/chrome.exe'), join(base, 'Google/Chrome/Application/chrome.exe')]);
  }
  return [];
}

const repoRoot = fileURLToPath(new URL('..', import.meta.url));

/** Where the packaged Chromium is unpacked, one folder per package version. */
export const defaultCacheDir = join(repoRoot, 'node_modules', '.cache', 'news-quiz-chromium');

function isExecutableFile(path) {
  try {
    accessSync(path, constants.X_OK);
    return statSync(path).isFile();
  } catch {
    return false;
  }
}

/** The folder of an installed package (the one its entry point is in), or null when it is not installed. */
function packageRoot(name) {
  let dir;
  try {
    dir = dirname(fileURLToPath(import.meta.resolve(name)));
  } catch {
    return null;
  }
  for (; dir !== dirname(dir); dir = dirname(dir)) {
    const manifest = join(dir, 'package.json');
    if (existsSync(manifest) && JSON.parse(readFileSync(manifest, 'utf8')).name === name) return dir;
  }
  return null;
}

/**
 * The headless Chromium of the @sparticuz/chromium package, unpacked (brotli, about 2 s, 190 MB)
 * into `cacheDir/<version>/chromium` the first time. The package's own `executablePath()` is not
 * used: it unpacks into the system's temporary folder and trusts any file already there, even
 * one of another version or one that another process is still writing. Here each call writes
 * its own file and renames it into place, so two processes (or two calls in one) unpacking at
 * once both get a whole binary. Resolves to `{ path, version }`, or null when the package is not
 * installed.
 */
export async function packagedChromium({ cacheDir = defaultCacheDir, log = () => {} } = {}) {
  const root = packageRoot('@sparticuz/chromium');
  if (!root) return null;
  const { version } = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
  const path = join(cacheDir, version, 'chromium');
  if (isExecutableFile(path)) return { path, version };
  const archive = join(root, 'bin', 'chromium.br');
  if (!existsSync(archive)) {
    throw new Error(`@sparticuz/chromium ${version} has no bin/chromium.br: this version is packed differently; pin the one in package.json.`);
  }
  log(`unpacking the packaged Chromium (@sparticuz/chromium ${version}) into ${relative(process.cwd(), cacheDir) || cacheDir}, once`);
  mkdirSync(dirname(path), { recursive: true });
  const partial = `${path}.${process.pid}-${randomUUID()}.partial`;
  try {
    await pipeline(createReadStream(archive), createBrotliDecompress(), createWriteStream(partial, { mode: 0o755 }));
    renameSync(partial, path);
  } finally {
    rmSync(partial, { force: true });
  }
  // Earlier versions' binaries are of no further use.
  for (const other of readdirSync(cacheDir)) {
    if (other !== version) rmSync(join(cacheDir, other), { recursive: true, force: true });
  }
  return { path, version };
}

/**
 * The browser to run: `{ path, source, version? }`, where source is 'CHROME_PATH', 'PATH',
 * 'installed' (a usual install place on macOS or Windows) or 'packaged'. Throws, saying what to
 * do, when CHROME_PATH names no executable file or when nothing is found.
 * Every input can be given, so that a test can run it against a PATH and places of its own.
 */
export async function findChromium({
  env = process.env,
  platform = process.platform,
  arch = process.arch,
  places = installPlaces(platform, env),
  packaged = packagedChromium,
  log = () => {},
} = {}) {
  if (env.CHROME_PATH) {
    if (!isExecutableFile(env.CHROME_PATH)) {
      throw new Error(
        `CHROME_PATH is set to ${env.CHROME_PATH}, which is not an executable file. Point it at a Chromium or Chrome binary, or unset it to use the one on PATH (or the packaged one).`,
      );
    }
    return { path: env.CHROME_PATH, source: 'CHROME_PATH' };
  }
  const dirs = (env.PATH ?? '').split(platform === 'win32' ? ';' : delimiter).filter(Boolean);
  const suffix = platform === 'win32' ? '.exe' : '';
  for (const name of browserNames) {
    for (const dir of dirs) {
      const path = join(dir, name + suffix);
      if (isExecutableFile(path)) return { path, source: 'PATH' };
    }
  }
  const installed = places.find(isExecutableFile);
  if (installed) return { path: installed, source: 'installed' };
  if (platform === 'linux' && arch === 'x64') {
    const found = await packaged({ log });
    if (found) return { path: found.path, source: 'packaged', version: found.version };
    throw new Error(
      'No Chromium or Chrome found, and the packaged one (@sparticuz/chromium, a devDependency) is not installed: run `npm install`, or install Chromium (Debian/Ubuntu: apt-get install chromium), or set CHROME_PATH.',
    );
  }
  throw new Error(
    `No Chromium or Chrome found on PATH${places.length ? ' or where their installers put it' : ''}, and the packaged Chromium runs on Linux x64 only: install Chrome or Chromium, or set CHROME_PATH to one.`,
  );
}

/** One line saying which browser a `findChromium()` result is and why it was chosen. */
export function describeChromium(found) {
  switch (found.source) {
    case 'CHROME_PATH':
      return `${found.path} (from CHROME_PATH)`;
    case 'PATH':
      return `${found.path} (found on PATH)`;
    case 'installed':
      return `${found.path} (installed browser)`;
    default:
      return `the packaged headless Chromium of @sparticuz/chromium ${found.version} (no Chromium or Chrome on this machine; set CHROME_PATH to use another)`;
  }
}

/** Path of the browser to run (see findChromium). */
export async function chromiumPath() {
  return (await findChromium()).path;
}

/**
 * Starts the browser as the tests do (puppeteer, headless, the flags above), opens a page and
 * reads it back: `{ ok: true, version }`, or `{ ok: false, reason }` (a missing shared library,
 * a crash, a timeout).
 */
export async function checkChromium(path) {
  const { default: puppeteer } = await import('puppeteer-core');
  let browser;
  try {
    browser = await puppeteer.launch({ executablePath: path, args: chromiumArgs, headless: true, timeout: 60000 });
    const page = await browser.newPage();
    await page.setContent('<p>news-quiz</p>');
    const text = await page.$eval('p', (p) => p.textContent);
    if (text !== 'news-quiz') return { ok: false, reason: `the page read back ${JSON.stringify(text)}` };
    return { ok: true, version: await browser.version() };
  } catch (error) {
    const lines = error.message.split('\n').map((line) => line.trim());
    return { ok: false, reason: lines.filter((line) => line && !line.startsWith('TROUBLESHOOTING')).join(' / ') };
  } finally {
    await browser?.close();
  }
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  try {
    const found = await findChromium({ log: (line) => console.log(line) });
    console.log(`browser: ${describeChromium(found)}`);
    const check = await checkChromium(found.path);
    if (!check.ok) {
      console.log(`it does not start: ${check.reason}`);
      process.exit(1);
    }
    console.log(`it starts: ${check.version}`);
  } catch (error) {
    console.log(error.message);
    process.exit(1);
  }
}
