// `npm test`: everything, in order of speed, stopping at the first failure.
import { spawnSync } from 'node:child_process';

const steps = [
  ['Type check', 'npm', ['run', 'typecheck', '--silent']],
  ['Lint', 'npm', ['run', 'lint', '--silent']],
  ['Unit and integration tests', 'npx', ['vitest', 'run']],
  ['Browser tests (production build)', 'node', ['tests/e2e/run.mjs']],
];

for (const [name, command, args] of steps) {
  console.info(`\n=== ${name} ===`);
  const started = Date.now();
  const result = spawnSync(command, args, { stdio: 'inherit' });
  if (result.status !== 0) {
    console.error(`\n✗ ${name} failed.`);
    process.exit(result.status ?? 1);
  }
  console.info(`✓ ${name} (${Math.round((Date.now() - started) / 1000)} s)`);
}
console.info('\nAll tests passed.');
