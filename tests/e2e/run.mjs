// `npm run test:e2e`: find (or install) Chromium, build the production bundle, run Playwright.
import { spawnSync } from 'node:child_process';
import { findChromium } from './find-chromium.mjs';
import { firstFreePorts } from './free-port.mjs';

let chromium;
try {
  chromium = findChromium();
} catch (error) {
  console.error(`[browser] ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
}

function run(command, args, env = {}) {
  const result = spawnSync(command, args, { stdio: 'inherit', env: { ...process.env, ...env } });
  if (result.status !== 0) process.exit(result.status ?? 1);
}

// Five servers on five ports in a row (tests/e2e/tenants.ts: two tenants, the demo dev server,
// the cross-origin portal and its API). Unless E2E_PORT_BASE says
// where, move past ports that something else (npm run serve, another checkout) already holds.
const serverCount = 5;
const wanted = Number(process.env.E2E_PORT_BASE ?? 4173);
const portBase = process.env.E2E_PORT_BASE ? wanted : await firstFreePorts(wanted, serverCount);
if (portBase !== wanted) {
  console.info(`[ports] ${wanted}–${wanted + serverCount - 1} are not all free; the browser tests use ${portBase}–${portBase + serverCount - 1}.`);
}

if (!process.argv.includes('--no-build')) run('npm', ['run', 'build', '--silent']);
run('npx', ['playwright', 'test', ...process.argv.slice(2).filter((arg) => arg !== '--no-build')], {
  CHROMIUM_PATH: chromium,
  E2E_PORT_BASE: String(portBase),
});
