import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/app';
import { createQueryClient } from './app/query-client';
import { createAppRouter } from './app/router';
import { configurationErrorScreen } from './app/startup/start';
import type { DemoExtras } from './shared/demo-slot';
import './app/styles/index.css';

// The composition root, and the only place in src/ that may reach into mocks/: in demo mode
// (npm start, build:demo) it starts the demo backend in a service worker before the first
// request. In a production build `import.meta.env.MODE` is a constant, so this branch and
// everything it imports are removed (tests/e2e/production-build.spec.ts checks dist/).
async function startDemoBackend(): Promise<DemoExtras> {
  if (import.meta.env.MODE !== 'demo') return {};
  const { startDemo } = await import('../mocks/demo/start-demo');
  return startDemo();
}

async function main(): Promise<void> {
  const demo = await startDemoBackend();
  const queryClient = createQueryClient();
  const root = document.getElementById('root');
  if (!root) throw new Error('index.html has no #root element');
  // A broken configuration (API address, API unreachable or not the contract's) gets a page
  // that says so, never a blank screen.
  const broken = await configurationErrorScreen(queryClient);
  if (broken) return void createRoot(root).render(<StrictMode>{broken}</StrictMode>);
  const router = createAppRouter(queryClient);
  createRoot(root).render(
    <StrictMode>
      <App queryClient={queryClient} router={router} demo={demo} />
    </StrictMode>,
  );
}

void main();
