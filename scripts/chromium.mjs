// Finds the Chromium the tests, the bench and the screenshots run in, and the flags it needs here.
import { existsSync } from 'node:fs';

/** Flags for headless Chromium as root on a machine without outside network. */
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

/** Path of an installed Chromium or Chrome: `CHROME_PATH`, else the usual places. */
export function chromiumPath() {
  const candidates = [
    process.env.CHROME_PATH,
    '/usr/bin/chromium',
    '/usr/bin/chromium-browser',
    '/usr/bin/google-chrome',
    '/usr/bin/google-chrome-stable',
  ].filter(Boolean);
  const found = candidates.find((path) => existsSync(path));
  if (!found) {
    throw new Error(
      'No Chromium found. Install it (Debian/Ubuntu: apt-get install chromium) or set CHROME_PATH.',
    );
  }
  return found;
}
