import type { Account, Order, Technical, UploadedFile } from '../../src/api/types';
import { now } from '../clock';
import { fixtureData } from '../db';
import type { CustomerData } from '../fixtures/customers/customer-fixture';
import type { CustomerRecord } from '../model';
import { sessionList } from './session-list';
import { liveSessionsOf } from './sessions';

// What the company holds about a customer right now: generated fixture data plus the mutable
// state, with time-based retention applied (uploaded files past `deleteAfter` are gone).

export function visibleFiles(customer: CustomerRecord): UploadedFile[] {
  const time = now().getTime();
  return fixtureData(customer.fixture).files.filter((file) => file.deleteAfter === null || Date.parse(file.deleteAfter) > time);
}

export function visibleOrders(customer: CustomerRecord): Order[] {
  const data: CustomerData = fixtureData(customer.fixture);
  if (data.files.length === 0) return data.orders;
  const kept = new Set(visibleFiles(customer).map((file) => file.id));
  return data.orders.map((order) => ({ ...order, fileIds: order.fileIds.filter((id) => kept.has(id)) }));
}

export function accountView(customer: CustomerRecord): Account {
  return {
    createdAt: customer.createdAt,
    passwordSet: true,
    passwordChangedAt: customer.passwordChangedAt,
    lastSignInAt: customer.lastSignInAt,
    customerNumber: customer.customerNumber,
  };
}

/** The live sessions (the same list as "Where you are signed in") and every address seen. */
export function technicalView(customer: CustomerRecord, currentSessionId: string | null): Technical {
  const live = liveSessionsOf(customer.id);
  const data = fixtureData(customer.fixture);
  const sessions = sessionList(customer.id, currentSessionId);
  const addresses = new Map(data.ipAddresses.map((entry) => [entry.ipAddress, { ...entry }]));
  for (const session of live) {
    const entry = addresses.get(session.ipAddress);
    if (!entry) addresses.set(session.ipAddress, { ipAddress: session.ipAddress, firstSeenAt: session.createdAt, lastSeenAt: session.lastSeenAt });
    else {
      if (session.createdAt < entry.firstSeenAt) entry.firstSeenAt = session.createdAt;
      if (session.lastSeenAt > entry.lastSeenAt) entry.lastSeenAt = session.lastSeenAt;
    }
  }
  const ipAddresses = [...addresses.values()].sort((a, b) => (a.lastSeenAt < b.lastSeenAt ? 1 : -1));
  return { sessions, ipAddresses };
}
