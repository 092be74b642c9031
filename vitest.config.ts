import { defineConfig, mergeConfig } from 'vitest/config';
import viteConfig from './vite.config';

// Unit and integration tests (jsdom + msw/node). Browser tests are Playwright (tests/e2e).
export default defineConfig((env) =>
  mergeConfig(viteConfig(env), {
    test: {
      environment: 'jsdom',
      globals: true,
      include: ['tests/**/*.test.{ts,tsx}'],
      exclude: ['tests/e2e/**', 'node_modules/**'],
      setupFiles: ['tests/setup.ts'],
      restoreMocks: true,
      testTimeout: 30_000,
    },
  }),
);
