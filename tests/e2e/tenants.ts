// The e2e servers: one production build, one mock backend per demo tenant, and the dev server.
// E2E_PORT_BASE lets several checkouts run their browser tests side by side.
const base = Number(process.env.E2E_PORT_BASE ?? 4173);
export const tenantPorts = { aptolux: base, fotolukss: base + 1 } as const;
/** `npm start`'s dev server (demo mode: the backend in a service worker), for tests/e2e/demo-mode.spec.ts. */
export const demoPort = base + 2;
export type Tenant = keyof typeof tenantPorts;

export function tenantUrl(tenant: Tenant, path = '/'): string {
  return `http://127.0.0.1:${tenantPorts[tenant]}${path}`;
}

/**
 * The cross-origin setup (tests/e2e/cross-origin.spec.ts): a configured copy of the build on one
 * port and the demo API alone (CORS with credentials) on the next. Both on `localhost`: another
 * origin of the same site, so the SameSite=Lax session cookie still travels (127.0.0.1 and
 * localhost would be two sites).
 */
export const crossOriginPorts = { portal: base + 3, api: base + 4 } as const;

export function crossOriginUrl(path = '/'): string {
  return `http://localhost:${crossOriginPorts.portal}${path}`;
}

export function crossOriginApiUrl(path = ''): string {
  return `http://localhost:${crossOriginPorts.api}${path}`;
}
