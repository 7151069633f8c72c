// Finds a Chromium for Playwright: CHROMIUM_PATH, else Playwright's own download, else the system's.
// Playwright cannot download browsers on machines without internet access.
// Of the system's, Debian's headless shell comes first: it is the build Playwright itself runs headless
// (no browser interface behind the page), and the whole suite takes about a third less time and CPU with
// it than with the full `chromium` (visitor, stored-pages and coordinator journeys: 127 s against 188 s).
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';

const HEADLESS_SHELL = '/usr/bin/chromium-headless-shell';
const FULL_BROWSERS = ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome', '/snap/bin/chromium'];

async function playwrightsOwn() {
  try {
    const { chromium } = await import('@playwright/test');
    const own = chromium.executablePath();
    return own && existsSync(own) ? own : null;
  } catch {
    return null; // Playwright's own browser is not installed: fall through to the system's.
  }
}

export async function findChromium() {
  if (process.env.CHROMIUM_PATH) return existsSync(process.env.CHROMIUM_PATH) ? process.env.CHROMIUM_PATH : null;
  return (await playwrightsOwn()) ?? [HEADLESS_SHELL, ...FULL_BROWSERS].find((candidate) => existsSync(candidate)) ?? null;
}

function canInstallWithApt() {
  const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
  return isRoot && existsSync('/usr/bin/apt-get') && process.env.HLED_NO_APT !== '1';
}

/**
 * On a Debian machine where we are root, installs the headless shell with apt when it is missing (also
 * where a full Chromium is there: it is the faster one, about 20 s to install); elsewhere uses what it
 * finds, and says what is missing when there is nothing.
 */
export async function ensureChromium() {
  const found = await findChromium();
  if (found && !FULL_BROWSERS.includes(found)) return found;
  if (!process.env.CHROMIUM_PATH && canInstallWithApt()) {
    console.log("Installing Debian's chromium-headless-shell package with apt-get for the end-to-end tests (about 20 s).");
    try {
      execFileSync('apt-get', ['update', '-qq'], { stdio: 'inherit' });
      execFileSync('apt-get', ['install', '-y', '-qq', 'chromium-headless-shell'], {
        stdio: 'inherit',
        env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' },
      });
    } catch (error) {
      console.error(`apt-get could not install chromium-headless-shell (${error.message}).`);
    }
    const installed = await findChromium();
    if (installed) return installed;
  }
  if (found) return found;
  console.error(
    [
      'The end-to-end tests need Chromium and none was found.',
      'Install one of:',
      '  - Debian/Ubuntu: sudo apt-get install chromium-headless-shell (or chromium)',
      "  - Playwright's own build (needs internet): npx playwright install chromium",
      '  - or point CHROMIUM_PATH at a Chromium or Chrome executable.',
    ].join('\n'),
  );
  return null;
}
