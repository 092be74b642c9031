import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';
import { contentSecurityPolicy } from './tooling/content-security-policy';
import { parserlessIntl, precompileMessages } from './tooling/precompile-messages';
import { precompressBuild } from './tooling/precompress';

// Two modes:
// - `demo` (npm start, npm run build:demo): the msw service worker and the demo backend are
//   bundled and `mocks/public/mockServiceWorker.js` is served.
// - `production` (npm run build): no mock code, no demo credentials, a strict CSP in <head>.
export default defineConfig(({ mode, command }) => {
  const demo = mode === 'demo';
  return {
    // Builds ship parsed messages and no ICU parser (tooling/precompile-messages.ts).
    resolve: { alias: command === 'build' ? [parserlessIntl] : [] },
    plugins: [
      react(),
      precompileMessages(),
      precompressBuild(),
      {
        name: 'privacy-portal-csp',
        apply: 'build',
        transformIndexHtml: () =>
          demo
            ? []
            : [
                {
                  tag: 'meta',
                  attrs: { 'http-equiv': 'Content-Security-Policy', content: contentSecurityPolicy },
                  injectTo: 'head-prepend',
                },
              ],
      },
    ],
    publicDir: demo ? 'mocks/public' : false,
    define: {
      // Only read by mocks/demo (never bundled in production).
      __DEMO_TENANT__: JSON.stringify(process.env.PORTAL_TENANT ?? 'aptolux'),
    },
    build: {
      target: 'es2022',
      sourcemap: false,
      reportCompressedSize: false,
    },
    server: { port: 5173 },
    preview: { port: 4173 },
  };
});
