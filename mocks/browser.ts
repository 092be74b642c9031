import { setupWorker } from 'msw/browser';
import { resetClock } from './clock';
import { exportState, importState, seed } from './db';
import { clearFaults } from './faults';
import { takeGpcFromPage } from './domain/gpc';
import { handlers } from './handlers/index';
import type { TenantId } from './model';

// The demo/dev backend in a service worker. Its state survives reloads in localStorage under one
// namespaced key per tenant — the only browser storage the project allows, and resettable.

const storageKey = (tenant: TenantId) => `privacy-portal-demo:v1:${tenant}`;
let currentTenant: TenantId = 'aptolux';

function save(): void {
  try {
    localStorage.setItem(storageKey(currentTenant), exportState());
  } catch {
    // Storage full or disabled: the demo keeps working, it just forgets on reload.
  }
}

export async function startDemoWorker(tenant: TenantId): Promise<void> {
  currentTenant = tenant;
  seed(tenant);
  const saved = localStorage.getItem(storageKey(tenant));
  if (saved !== null && !importState(saved)) localStorage.removeItem(storageKey(tenant));
  // The browser adds Sec-GPC on the network, after the service worker has handed the request here.
  takeGpcFromPage(() => (navigator as Navigator & { globalPrivacyControl?: boolean }).globalPrivacyControl === true);
  const worker = setupWorker(...handlers);
  worker.events.on('response:mocked', save);
  await worker.start({
    serviceWorker: { url: '/mockServiceWorker.js' },
    onUnhandledRequest: 'bypass',
    quiet: true,
  });
}

/** Forgets the demo's saved state and starts over with fresh fixtures; the caller reloads. */
export function resetDemoData(tenant: TenantId = currentTenant): void {
  localStorage.removeItem(storageKey(tenant));
  resetClock();
  clearFaults();
  seed(tenant);
}
