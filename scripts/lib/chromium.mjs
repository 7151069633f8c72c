// Finds a Chromium for Playwright: its own download if present, else the system's (Debian's `chromium`),
// else CHROMIUM_PATH. Playwright cannot download browsers on machines without internet access.
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';

const SYSTEM_CANDIDATES = ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome', '/snap/bin/chromium'];

export async function findChromium() {
  if (process.env.CHROMIUM_PATH) return existsSync(process.env.CHROMIUM_PATH) ? process.env.CHROMIUM_PATH : null;
  try {
    const { chromium } = await import('@playwright/test');
    const own = chromium.executablePath();
    if (own && existsSync(own)) return own;
  } catch {
    // Playwright's own browser is not installed: fall through to the system's.
  }
  return SYSTEM_CANDIDATES.find((candidate) => existsSync(candidate)) ?? null;
}

/** On a Debian machine where we are root, installs Chromium with apt; elsewhere says what is missing. */
export async function ensureChromium() {
  const found = await findChromium();
  if (found) return found;
  const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
  const hasApt = existsSync('/usr/bin/apt-get');
  if (isRoot && hasApt && process.env.HLED_NO_APT !== '1') {
    console.log("Chromium not found: installing Debian's chromium package with apt-get (about 20 s).");
    execFileSync('apt-get', ['update', '-qq'], { stdio: 'inherit' });
    execFileSync('apt-get', ['install', '-y', '-qq', 'chromium'], {
      stdio: 'inherit',
      env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' },
    });
    const installed = await findChromium();
    if (installed) return installed;
  }
  console.error(
    [
      'The end-to-end tests need Chromium and none was found.',
      'Install one of:',
      '  - Debian/Ubuntu: sudo apt-get install chromium',
      "  - Playwright's own build (needs internet): npx playwright install chromium",
      '  - or point CHROMIUM_PATH at a Chromium or Chrome executable.',
    ].join('\n'),
  );
  return null;
}
