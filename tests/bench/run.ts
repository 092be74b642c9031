// `npm run bench [-- --json FILE]`: measured figures for the budgets the issues name.
// Sizes are gzip (level 9) of the files in dist/ that a real Chromium requested.
import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { chromium, type Page } from '@playwright/test';
import { chromiumArgs } from '../e2e/chromium-flags';
import { startServer } from './serve-build';

interface Figure {
  name: string;
  value: number;
  unit: string;
  budget?: number;
}

const dist = path.resolve(import.meta.dirname, '..', '..', 'dist');
const port = 4190;
const origin = `http://127.0.0.1:${port}`;
const kib = (bytes: number) => Math.round((bytes / 1024) * 10) / 10;
const gzipSize = (file: string) => gzipSync(readFileSync(file), { level: 9 }).length;

function assetsRequested(page: Page): Set<string> {
  const files = new Set<string>();
  page.on('request', (request) => {
    const { pathname } = new URL(request.url());
    if (/\.(js|css)$/.test(pathname)) files.add(pathname);
  });
  return files;
}

function sizeOf(files: Iterable<string>, extension: string): number {
  let total = 0;
  for (const file of files) if (file.endsWith(extension)) total += gzipSize(path.join(dist, file));
  return total;
}

async function measurePages(): Promise<Figure[]> {
  const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', args: chromiumArgs });
  try {
    const signInPage = await browser.newPage();
    const signInFiles = assetsRequested(signInPage);
    await signInPage.goto(`${origin}/sign-in`);
    await signInPage.getByRole('heading', { level: 1 }).waitFor();
    await signInPage.close();

    const overviewPage = await browser.newPage();
    await overviewPage.goto(`${origin}/sign-in`);
    await overviewPage.getByLabel('E-mail address').fill('anna@example.com');
    await overviewPage.getByLabel('Password').fill('privacy-demo');
    await overviewPage.getByRole('button', { name: 'Sign in' }).click();
    await overviewPage.getByRole('heading', { level: 1, name: /Hello/ }).waitFor();
    // A fresh load of the overview with the session cookie: what that page needs eagerly.
    const overviewFiles = assetsRequested(overviewPage);
    await overviewPage.reload();
    await overviewPage.getByRole('heading', { level: 1, name: /Hello/ }).waitFor();

    return [
      { name: 'sign-in page: eager JS (gzip)', value: kib(sizeOf(signInFiles, '.js')), unit: 'KiB', budget: 140 },
      { name: 'sign-in page: eager CSS (gzip)', value: kib(sizeOf(signInFiles, '.css')), unit: 'KiB' },
      { name: 'overview page: eager JS (gzip)', value: kib(sizeOf(overviewFiles, '.js')), unit: 'KiB', budget: 140 },
      { name: 'overview page: eager CSS (gzip)', value: kib(sizeOf(overviewFiles, '.css')), unit: 'KiB' },
    ];
  } finally {
    await browser.close();
  }
}

function lazyChunks(): Figure[] {
  const html = readFileSync(path.join(dist, 'index.html'), 'utf8');
  const eager = new Set([...html.matchAll(/(?:src|href)="\/(assets\/[^"]+\.js)"/g)].map((match) => match[1]));
  return readdirSync(path.join(dist, 'assets'))
    .filter((file) => file.endsWith('.js') && !eager.has(`assets/${file}`))
    .map((file) => ({
      name: `lazy chunk ${file.replace(/-[\w-]{8}\.js$/, '')} (gzip)`,
      value: kib(gzipSize(path.join(dist, 'assets', file))),
      unit: 'KiB',
      budget: 30,
    }))
    .sort((a, b) => b.value - a.value);
}

function print(figures: Figure[]): void {
  const width = Math.max(...figures.map((figure) => figure.name.length));
  console.info(`${'figure'.padEnd(width)}  ${'value'.padStart(9)}  budget   ok`);
  for (const figure of figures) {
    const budget = figure.budget === undefined ? '' : `${figure.budget} ${figure.unit}`;
    const ok = figure.budget === undefined ? '' : figure.value <= figure.budget ? 'yes' : 'NO';
    console.info(`${figure.name.padEnd(width)}  ${`${figure.value} ${figure.unit}`.padStart(9)}  ${budget.padEnd(7)}  ${ok}`);
  }
}

async function main(): Promise<void> {
  if (!process.argv.includes('--no-build')) execFileSync('npm', ['run', 'build', '--silent'], { stdio: 'inherit' });
  const server = await startServer(port);
  try {
    const figures = [...(await measurePages()), ...lazyChunks()];
    print(figures);
    const jsonIndex = process.argv.indexOf('--json');
    const jsonFile = jsonIndex >= 0 ? process.argv[jsonIndex + 1] : undefined;
    if (jsonFile) writeFileSync(jsonFile, `${JSON.stringify({ measuredAt: new Date().toISOString(), figures }, null, 2)}\n`);
  } finally {
    server.kill();
  }
}

await main();
