import type { ActivityEvent } from '../../src/api/types';
import { nowIso } from '../clock';
import { randomId } from '../fixtures/random';
import type { CustomerRecord } from '../model';
import { deviceLabel, type RequestMeta } from './request-meta';

// The activity log a customer sees: one event per sign-in, change, export, request …

export function recordActivity(
  customer: CustomerRecord,
  type: ActivityEvent['type'],
  meta: RequestMeta | null,
  detail: string | null = null,
): void {
  customer.activity.push({
    id: randomId('act'),
    at: nowIso(),
    type,
    ipAddress: meta?.ipAddress ?? null,
    device: meta ? deviceLabel(meta) : null,
    detail,
  });
}
