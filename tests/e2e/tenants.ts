// The e2e servers: one production build, one mock backend per demo tenant.
export const tenantPorts = { aptolux: 4173, fotolukss: 4174 } as const;
export type Tenant = keyof typeof tenantPorts;

export function tenantUrl(tenant: Tenant, path = '/'): string {
  return `http://127.0.0.1:${tenantPorts[tenant]}${path}`;
}
