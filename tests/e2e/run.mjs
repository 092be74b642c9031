// `npm run test:e2e`: find (or install) Chromium, build the production bundle, run Playwright.
import { spawnSync } from 'node:child_process';
import { findChromium } from './find-chromium.mjs';

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

if (!process.argv.includes('--no-build')) run('npm', ['run', 'build', '--silent']);
run('npx', ['playwright', 'test', ...process.argv.slice(2).filter((arg) => arg !== '--no-build')], {
  CHROMIUM_PATH: chromium,
});
