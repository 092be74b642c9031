import { now, nowIso } from '../clock';
import { getDb, getOrganization } from '../db';
import type { CustomerRecord } from '../model';
import { randomId } from '../fixtures/random';
import { addYears } from './dates';
import { erasureEmail } from './erasure-email';
import { endCustomerSessions, purgeExpiredSessions } from './sessions';

// Erasing an account: the login and everything personal go; records the law makes the company
// keep (orders, invoices) stay, linked to no login, until `retainedUntil`.

export function retentionYears(): number | null {
  const years = getOrganization()
    .deletion.retained.map((record) => record.periodYears)
    .filter((value): value is number => value !== null);
  return years.length ? Math.max(...years) : null;
}

export function retainedUntil(fromIso: string): string | null {
  const years = retentionYears();
  return years === null ? null : addYears(fromIso, years);
}

export function eraseCustomer(customer: CustomerRecord): void {
  const db = getDb();
  const erasedAt = nowIso();
  endCustomerSessions(customer.id, true);
  db.customers = db.customers.filter((candidate) => candidate.id !== customer.id);
  // Keep only the stored answer of the deletion itself, for replays of that request.
  db.idempotency = db.idempotency.filter((record) => record.ownerId !== customer.id || record.scope === 'deletion');
  const address = customer.email.toLowerCase();
  db.mailbox = db.mailbox.filter((message) => message.to.toLowerCase() !== address);
  // The one message the company still sends to the address: the confirmation of what was done.
  const organization = getOrganization();
  const keptUntil = retainedUntil(erasedAt);
  const email = erasureEmail(organization, customer.language ?? organization.defaultLanguage, keptUntil);
  db.mailbox.push({ id: randomId('mail'), to: customer.email, subject: email.subject, text: email.text, code: null, sentAt: erasedAt });
  delete db.signInFailures[address];
  db.retained.push({
    fixture: customer.fixture,
    customerNumber: customer.customerNumber,
    erasedAt,
    retainedUntil: retainedUntil(erasedAt) ?? erasedAt,
  });
}

/**
 * Runs at the start of every request: a backend would run a job at `scheduledFor`; the mock
 * does the same work lazily, as soon as anyone asks after that moment.
 */
export function sweep(): void {
  const due = getDb().customers.filter(
    (customer) => customer.deletion && Date.parse(customer.deletion.scheduledFor) <= now().getTime(),
  );
  for (const customer of due) eraseCustomer(customer);
  purgeExpiredSessions();
}
