// Finds a Chromium for the browser tests, or installs Debian's when that is possible, and says
// which it used. Playwright's own browser download cannot work on our machines (no access to
// its CDN), so we never rely on it.
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';

function playwrightCacheChromium() {
  const cache = process.env.PLAYWRIGHT_BROWSERS_PATH ?? path.join(os.homedir(), '.cache', 'ms-playwright');
  if (!existsSync(cache)) return null;
  for (const dir of readdirSync(cache).filter((name) => name.startsWith('chromium')).sort().reverse()) {
    for (const binary of ['chrome-linux/chrome', 'chrome-linux64/chrome']) {
      const candidate = path.join(cache, dir, binary);
      if (existsSync(candidate)) return candidate;
    }
  }
  return null;
}

function tryApt() {
  const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
  const hasApt = spawnSync('sh', ['-c', 'command -v apt-get'], { stdio: 'ignore' }).status === 0;
  if (!isRoot || !hasApt) return { ok: false, why: isRoot ? 'apt-get is not available' : 'not running as root' };
  console.info('[browser] No Chromium found: installing Debian\'s chromium with apt-get (takes a minute)…');
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  try {
    execFileSync('apt-get', ['update'], { stdio: 'inherit', env });
    execFileSync('apt-get', ['install', '-y', '--no-install-recommends', 'chromium'], { stdio: 'inherit', env });
  } catch (error) {
    return { ok: false, why: `apt-get failed: ${error instanceof Error ? error.message : String(error)}` };
  }
  return { ok: existsSync('/usr/bin/chromium'), why: 'apt-get finished but /usr/bin/chromium is missing' };
}

export function findChromium() {
  if (process.env.CHROMIUM_PATH) {
    if (existsSync(process.env.CHROMIUM_PATH)) {
      console.info(`[browser] Using CHROMIUM_PATH=${process.env.CHROMIUM_PATH}`);
      return process.env.CHROMIUM_PATH;
    }
    throw new Error(`CHROMIUM_PATH is set to ${process.env.CHROMIUM_PATH}, but no file is there.`);
  }
  if (existsSync('/usr/bin/chromium')) {
    console.info('[browser] Using Debian Chromium at /usr/bin/chromium');
    return '/usr/bin/chromium';
  }
  const cached = playwrightCacheChromium();
  if (cached) {
    console.info(`[browser] Using Playwright's cached Chromium at ${cached}`);
    return cached;
  }
  const installed = tryApt();
  if (installed.ok) {
    console.info('[browser] Installed Debian Chromium at /usr/bin/chromium');
    return '/usr/bin/chromium';
  }
  throw new Error(
    `No Chromium for the browser tests (${installed.why}). Install one (Debian: "apt-get install -y chromium") ` +
      'or point CHROMIUM_PATH at a Chromium/Chrome binary, then run npm test again.',
  );
}
