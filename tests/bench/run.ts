// `npm run bench [-- --json FILE] [-- --no-build]`: measured figures for the budgets the issues
// name, against the production build served over real HTTP (mocks/http.ts) in Chromium.
import { execFileSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { chromium } from '@playwright/test';
import { chromiumArgs } from '../e2e/chromium-flags';
import { findChromium } from '../e2e/find-chromium.mjs';
import { eagerPageSizes, lazyChunkSizes } from './bundle-sizes';
// Measurements of feature issues: import here…
import { exportFigures } from './export';
import { preferencesFigures } from './preferences';
import { profileRouteSizes } from './profile';
import { myDataFigures } from './my-data';
import { requestsRouteSizes } from './requests';
import { policyAndActivityFigures } from './policy-and-activity';

import type { Figure, Measurement } from './figure';
import { startServer } from './serve-build';

const measurements: Measurement[] = [
  eagerPageSizes,
  // …and list here (one line each).
  exportFigures,
  preferencesFigures,
  profileRouteSizes,
  myDataFigures,
  requestsRouteSizes,
  policyAndActivityFigures,

  lazyChunkSizes,
];

const dist = path.resolve(import.meta.dirname, '..', '..', 'dist');
// Not 4190: fetch and browsers refuse it (a "bad port" in the Fetch standard).
const port = Number(process.env.BENCH_PORT ?? 4310);

function print(figures: Figure[]): void {
  const width = Math.max(...figures.map((figure) => figure.name.length));
  console.info(`${'figure'.padEnd(width)}  ${'value'.padStart(11)}  ${'budget'.padEnd(9)}  ok`);
  for (const figure of figures) {
    const budget = figure.budget === undefined ? '' : `${figure.budget} ${figure.unit}`;
    const ok = figure.budget === undefined ? '' : figure.value <= figure.budget ? 'yes' : 'NO';
    console.info(`${figure.name.padEnd(width)}  ${`${figure.value} ${figure.unit}`.padStart(11)}  ${budget.padEnd(9)}  ${ok}`);
  }
}

async function main(): Promise<void> {
  if (!process.argv.includes('--no-build')) execFileSync('npm', ['run', 'build', '--silent'], { stdio: 'inherit' });
  const servers = [await startServer(port, 'aptolux'), await startServer(port + 1, 'fotolukss')];
  const browser = await chromium.launch({ executablePath: findChromium(), args: chromiumArgs });
  try {
    const context = { origin: `http://127.0.0.1:${port}`, fotolukssOrigin: `http://127.0.0.1:${port + 1}`, browser, dist };
    const figures: Figure[] = [];
    for (const measure of measurements) figures.push(...(await measure(context)));
    print(figures);
    const jsonIndex = process.argv.indexOf('--json');
    const jsonFile = jsonIndex >= 0 ? process.argv[jsonIndex + 1] : undefined;
    if (jsonFile) writeFileSync(jsonFile, `${JSON.stringify({ measuredAt: new Date().toISOString(), figures }, null, 2)}\n`);
  } finally {
    await browser.close();
    for (const server of servers) server.kill();
  }
}

await main();
