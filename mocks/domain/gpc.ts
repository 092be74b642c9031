import { nowIso } from '../clock';
import { getOrganization } from '../db';
import type { CustomerRecord } from '../model';
import { recordActivity } from './activity';
import { offeredKeys, setPreference } from './preferences';
import type { RequestMeta } from './request-meta';

// Global Privacy Control: a browser that sends `Sec-GPC: 1` says "do not sell or share my data".
// The backend honours it on any signed-in request, without a click: every advertising and sharing
// partner is switched off, once per partner. A partner the customer switches back on afterwards
// stays on — the signal has been honoured for it, and the later, deliberate choice wins.

// In the browser demo the backend runs inside the page (a service worker hands it the requests),
// where the browser has not added `Sec-GPC` yet; there the page's own signal stands in for it.
let pageSignal: () => boolean = () => false;

export function takeGpcFromPage(read: () => boolean): void {
  pageSignal = read;
}

export function sendsGpc(request: Request): boolean {
  return request.headers.get('sec-gpc')?.trim() === '1' || pageSignal();
}

function partnerKeys(): string[] {
  const offered = offeredKeys(getOrganization());
  return [...offered.advertising.map((id) => `advertising.${id}`), ...offered.sharing.map((id) => `sharing.${id}`)];
}

/** Applies the signal to the partners it has not been applied to yet; records each change as source `gpc`. */
export function honourGpc(customer: CustomerRecord, request: Request, meta: RequestMeta): void {
  if (!sendsGpc(request)) return;
  const record = customer.gpc ?? { honouredAt: nowIso(), appliedKeys: [] };
  customer.gpc = record;
  const pending = partnerKeys().filter((key) => !record.appliedKeys.includes(key));
  if (pending.length === 0) return;
  const { version } = getOrganization().policy;
  const changed = pending.filter((key) => setPreference(customer, key, false, 'gpc', version));
  record.appliedKeys.push(...pending);
  if (changed.length > 0) recordActivity(customer, 'preferences_changed', meta, changed.join(', '));
}
