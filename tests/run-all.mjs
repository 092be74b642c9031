// `npm test`: everything, in order of speed, stopping at the first failure. Ends with one
// summary line ("N passed, N failed") counted from the vitest and Playwright JSON reports.
import { mkdirSync, readFileSync } from 'node:fs';
import { spawnSync } from 'node:child_process';

// Outside test-results/, which Playwright empties when it starts.
const reports = 'node_modules/.cache/test-reports';
mkdirSync(reports, { recursive: true });

const steps = [
  ['Type check', 'npm', ['run', 'typecheck', '--silent'], {}],
  ['Lint', 'npm', ['run', 'lint', '--silent'], {}],
  [
    'Unit and integration tests',
    'npx',
    ['vitest', 'run', '--reporter=default', '--reporter=json', `--outputFile.json=${reports}/vitest.json`],
    {},
  ],
  ['Browser tests (production build)', 'node', ['tests/e2e/run.mjs', '--reporter=list,json'], { PLAYWRIGHT_JSON_OUTPUT_NAME: `${reports}/playwright.json` }],
];

function readJson(file) {
  try {
    return JSON.parse(readFileSync(file, 'utf8'));
  } catch {
    return null;
  }
}

function counts() {
  const vitest = readJson(`${reports}/vitest.json`);
  const playwright = readJson(`${reports}/playwright.json`);
  const passed = (vitest?.numPassedTests ?? 0) + (playwright?.stats?.expected ?? 0);
  const failed = (vitest?.numFailedTests ?? 0) + (playwright?.stats?.unexpected ?? 0) + (playwright?.stats?.flaky ?? 0);
  return { passed, failed };
}

for (const [name, command, args, env] of steps) {
  console.info(`\n=== ${name} ===`);
  const started = Date.now();
  const result = spawnSync(command, args, { stdio: 'inherit', env: { ...process.env, ...env } });
  if (result.status !== 0) {
    console.error(`\n✗ ${name} failed.`);
    const { passed, failed } = counts();
    console.info(`${passed} passed, ${Math.max(failed, 1)} failed`);
    process.exit(result.status ?? 1);
  }
  console.info(`✓ ${name} (${Math.round((Date.now() - started) / 1000)} s)`);
}
const { passed, failed } = counts();
console.info('\nAll tests passed.');
console.info(`${passed} passed, ${failed} failed`);
