import type {
  ActivityEvent,
  Address,
  ConsentChange,
  DataCategoryId,
  ExportFormat,
  LanguageCode,
  Organization,
  Policy,
  Preferences,
  RightsRequest,
} from '../src/api/types';

/** The choices as stored; `globalPrivacyControl` is derived from `CustomerRecord.gpc`. */
export type StoredPreferences = Omit<Preferences, 'globalPrivacyControl'>;

/** Global Privacy Control as honoured: when first, and the keys it has been applied to (once each). */
export interface GpcRecord {
  honouredAt: string;
  appliedKeys: string[];
}

// The records the mock keeps. Everything here is mutable state (persisted by the browser demo);
// large immutable data (orders, reviews, files …) is generated from `CustomerRecord.fixture`.

export type TenantId = 'aptolux' | 'fotolukss';
export const tenantIds: readonly TenantId[] = ['aptolux', 'fotolukss'];
export type FixtureKey = 'anna' | 'bulk' | 'janis' | 'liga';

export interface TenantFixture {
  id: TenantId;
  organization: Organization;
  policy: Policy;
  /** Every version ever published (acknowledging one of these is valid). */
  policyVersions: readonly string[];
  customers: readonly FixtureKey[];
}

export interface PendingEmailChange {
  email: string;
  expiresAt: string;
  code: string;
  wrongAttempts: number;
}

export interface ExportRecord {
  id: string;
  format: ExportFormat;
  categories: DataCategoryId[];
  createdAt: string;
  /** Filled in the first time the export is seen ready (file size of the prepared file). */
  sizeBytes: number | null;
}

export interface DeletionRecord {
  requestedAt: string;
  scheduledFor: string;
  reason: { choice: string | null; text: string } | null;
}

export interface CustomerRecord {
  id: string;
  fixture: FixtureKey;
  customerNumber: string;
  email: string;
  password: string;
  firstName: string;
  lastName: string;
  phone: string | null;
  language: LanguageCode | null;
  addresses: Address[];
  pendingEmail: PendingEmailChange | null;
  createdAt: string;
  updatedAt: string;
  /** Profile version; the ETag is this number in quotes. */
  version: number;
  passwordChangedAt: string | null;
  lastSignInAt: string | null;
  preferences: StoredPreferences;
  /** Absent until a signed-in request carries `Sec-GPC: 1`. */
  gpc?: GpcRecord;
  /** Oldest first (append-only); served newest first. */
  consents: ConsentChange[];
  /** Oldest first (append-only); served newest first. */
  activity: ActivityEvent[];
  exports: ExportRecord[];
  requests: RightsRequest[];
  deletion: DeletionRecord | null;
  policyAcknowledgedVersion: string | null;
}

export interface SessionRecord {
  id: string;
  csrfToken: string;
  customerId: string | null;
  createdAt: string;
  lastSeenAt: string;
  elevatedUntil: string | null;
  device: string;
  browser: string;
  ipAddress: string;
  /**
   * How long the session may stay unused. Absent: the portal's 30 minutes. The seeded sessions on
   * the customer's other devices are "keep me signed in" ones and last longer.
   */
  idleMs?: number;
  /** Ended by an account deletion: kept briefly so a replayed deletion request gets its answer. */
  endedByDeletion: boolean;
}

export interface IdempotencyRecord {
  ownerId: string;
  scope: 'exports' | 'deletion' | 'requests';
  key: string;
  fingerprint: string;
  status: number;
  /** Id of the created resource (exports, requests) … */
  resourceId: string | null;
  /** … or the stored answer (deletion, whose account may be gone on replay). */
  body: unknown;
  createdAt: string;
}

export interface MailMessage {
  id: string;
  to: string;
  subject: string;
  text: string;
  code: string | null;
  sentAt: string;
}

/** What is left of an erased account: records the law makes us keep, linked to no login. */
export interface RetainedEntry {
  fixture: FixtureKey;
  customerNumber: string;
  erasedAt: string;
  retainedUntil: string;
}

export interface MockState {
  schema: 1;
  tenant: TenantId;
  /** Start of the day the data was seeded; generated fixtures are dated relative to it. */
  anchor: string;
  customers: CustomerRecord[];
  sessions: SessionRecord[];
  /** Failed sign-ins per lower-cased e-mail (timestamps), for the rate limit. */
  signInFailures: Record<string, string[]>;
  idempotency: IdempotencyRecord[];
  mailbox: MailMessage[];
  retained: RetainedEntry[];
  nextRequestNumber: number;
  /** The demo privacy desk: switched off, requests stay where they are (and go overdue); held ones were set by hand. */
  desk: { off: boolean; held: string[] };
}
