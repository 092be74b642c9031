import type { Organization } from '../src/api/types';
import { getClockOffset, now, setClockOffset } from './clock';
import { startOfUtcDay } from './domain/dates';
import { anna } from './fixtures/customers/anna';
import { bulk } from './fixtures/customers/bulk';
import type { CustomerData, CustomerFixture } from './fixtures/customers/customer-fixture';
import { janis } from './fixtures/customers/janis';
import { liga } from './fixtures/customers/liga';
import { randomToken } from './fixtures/random';
import { aptolux } from './fixtures/tenants/aptolux';
import { fotolukss } from './fixtures/tenants/fotolukss';
import type { CustomerRecord, FixtureKey, MockState, SessionRecord, TenantFixture, TenantId } from './model';
import { tenantIds } from './model';

// The in-memory store. One tenant at a time, chosen by the caller (dev server, tests, e2e
// server). Only mutable state lives in `state`; generated data comes from `customerData()`.

const tenants: Record<TenantId, TenantFixture> = { aptolux, fotolukss };
const customerFixtures: Record<FixtureKey, CustomerFixture> = { anna, bulk, janis, liga };

/** "Keep me signed in" sessions on the other devices stay valid this long without use. */
export const REMEMBERED_SESSION_IDLE_MS = 60 * 24 * 60 * 60_000;

let state: MockState = freshState('aptolux');

// The demo customers are already signed in elsewhere: real sessions nobody here holds the cookie of.
function seededSessions(customers: CustomerRecord[], anchor: Date): SessionRecord[] {
  return customers.flatMap((customer) =>
    customerFixtures[customer.fixture].otherSessions(anchor).map((seed) => ({
      ...seed,
      id: randomToken(24),
      csrfToken: randomToken(24),
      customerId: customer.id,
      elevatedUntil: null,
      idleMs: REMEMBERED_SESSION_IDLE_MS,
      endedByDeletion: false,
    })),
  );
}

function freshState(tenant: TenantId): MockState {
  const anchor = startOfUtcDay(now());
  const customers = tenants[tenant].customers.map((key) => customerFixtures[key].initial(anchor));
  return {
    schema: 1,
    tenant,
    anchor: anchor.toISOString(),
    customers,
    sessions: seededSessions(customers, anchor),
    signInFailures: {},
    idempotency: [],
    mailbox: [],
    retained: [],
    nextRequestNumber: 42,
    desk: { off: false, held: [] },
  };
}

export function isTenantId(value: unknown): value is TenantId {
  return typeof value === 'string' && (tenantIds as readonly string[]).includes(value);
}

export function seed(tenant: TenantId = 'aptolux'): void {
  state = freshState(tenant);
}

/** Re-seeds the current tenant. */
export function reset(): void {
  seed(state.tenant);
}

export function getDb(): MockState {
  return state;
}

export function getTenant(): TenantFixture {
  return tenants[state.tenant];
}

export function getOrganization(): Organization {
  return tenants[state.tenant].organization;
}

export function findCustomer(id: string | null | undefined): CustomerRecord | undefined {
  return id ? state.customers.find((customer) => customer.id === id) : undefined;
}

export function findCustomerByEmail(email: string): CustomerRecord | undefined {
  const wanted = email.trim().toLowerCase();
  return state.customers.find((customer) => customer.email.toLowerCase() === wanted);
}

// Generated data is cached per fixture and anchor day: 10,000 orders are built once, not per page.
const dataCache = new Map<string, CustomerData>();

export function fixtureData(fixture: FixtureKey): CustomerData {
  const cacheKey = `${fixture}@${state.anchor}`;
  let data = dataCache.get(cacheKey);
  if (!data) {
    data = customerFixtures[fixture].data(new Date(state.anchor));
    dataCache.set(cacheKey, data);
  }
  return data;
}

interface PersistedState extends MockState {
  clockOffsetMs: number;
}

export function exportState(): string {
  const persisted: PersistedState = { ...state, clockOffsetMs: getClockOffset() };
  return JSON.stringify(persisted);
}

function looksLikeState(value: unknown): value is PersistedState {
  if (typeof value !== 'object' || value === null) return false;
  const candidate = value as Partial<PersistedState>;
  return (
    candidate.schema === 1 &&
    isTenantId(candidate.tenant) &&
    typeof candidate.anchor === 'string' &&
    Array.isArray(candidate.customers) &&
    Array.isArray(candidate.sessions) &&
    Array.isArray(candidate.idempotency) &&
    Array.isArray(candidate.mailbox) &&
    Array.isArray(candidate.retained) &&
    typeof candidate.signInFailures === 'object' &&
    typeof candidate.nextRequestNumber === 'number' &&
    typeof candidate.desk === 'object' &&
    candidate.desk !== null &&
    Array.isArray(candidate.desk.held)
  );
}

/**
 * Restores state saved by `exportState()`. Returns false (and changes nothing) when the text is
 * not a saved state of the current tenant — e.g. from an older version of the mock.
 */
export function importState(json: string): boolean {
  let parsed: unknown;
  try {
    parsed = JSON.parse(json);
  } catch {
    return false;
  }
  if (!looksLikeState(parsed) || parsed.tenant !== state.tenant) return false;
  const { clockOffsetMs, ...rest } = parsed;
  state = rest;
  setClockOffset(typeof clockOffsetMs === 'number' ? clockOffsetMs : 0);
  return true;
}
