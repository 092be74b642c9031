import { defineConfig } from '@playwright/test';
import { chromiumArgs } from './tests/e2e/chromium-flags';
import { crossOriginApiUrl, crossOriginPorts, crossOriginUrl, demoPort, tenantPorts } from './tests/e2e/tenants';

// The cross-origin portal serves a copy of dist/ pointed at the API by `npm run configure`.
const crossOriginDist = 'node_modules/.tmp/dist-cross-origin';

// Browser tests: the production build (dist/) served by `npm run serve` — one server per demo
// tenant — driven in Debian's Chromium. tests/e2e/run.mjs finds the browser and builds first.
const executablePath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

export default defineConfig({
  testDir: 'tests/e2e',
  testMatch: '**/*.spec.ts',
  // One mock backend per tenant is shared by the tests, which reset it; run them one at a time.
  workers: 1,
  fullyParallel: false,
  retries: 0,
  timeout: 30_000,
  expect: { timeout: 7_000 },
  reporter: process.env.CI ? [['list']] : [['list']],
  outputDir: 'test-results',
  use: {
    browserName: 'chromium',
    launchOptions: { executablePath, args: chromiumArgs },
    screenshot: 'only-on-failure',
    trace: 'off',
  },
  webServer: [
    ...Object.entries(tenantPorts).map(([tenant, port]) => ({
      command: 'node --import tsx mocks/http.ts',
      env: { PORTAL_TENANT: tenant, PORT: String(port) },
      url: `http://127.0.0.1:${port}/api/v1/organization`,
      reuseExistingServer: false,
      timeout: 30_000,
      stdout: 'ignore' as const,
      stderr: 'pipe' as const,
    })),
    {
      // The demo API alone, allowing credentialed CORS from the cross-origin portal.
      command: 'node --import tsx mocks/http.ts',
      env: { PORTAL_TENANT: 'aptolux', PORT: String(crossOriginPorts.api), PORTAL_API_ONLY: '1', PORTAL_CORS_ORIGIN: crossOriginUrl('').replace(/\/$/, '') },
      url: `http://127.0.0.1:${crossOriginPorts.api}/api/v1/organization`,
      reuseExistingServer: false,
      timeout: 30_000,
      stdout: 'ignore' as const,
      stderr: 'pipe' as const,
    },
    {
      // The production build, configured for that API as an operator would, served on its own origin.
      command: `rm -rf ${crossOriginDist} && cp -r dist ${crossOriginDist} && node --import tsx operator/configure/cli.ts --api-url ${crossOriginApiUrl('/api/v1')} --dist ${crossOriginDist} && node --import tsx mocks/http.ts`,
      env: { PORTAL_TENANT: 'aptolux', PORT: String(crossOriginPorts.portal), PORTAL_DIST: crossOriginDist },
      url: `http://127.0.0.1:${crossOriginPorts.portal}/`,
      reuseExistingServer: false,
      timeout: 30_000,
      stdout: 'ignore' as const,
      stderr: 'pipe' as const,
    },
    {
      // What `npm start` runs, on its own port.
      command: `node node_modules/vite/bin/vite.js --mode demo --port ${demoPort} --strictPort --host 127.0.0.1`,
      env: { PORTAL_TENANT: 'aptolux' },
      url: `http://127.0.0.1:${demoPort}/`,
      reuseExistingServer: false,
      timeout: 60_000,
      stdout: 'ignore' as const,
      stderr: 'pipe' as const,
    },
  ],
});
