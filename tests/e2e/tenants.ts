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
