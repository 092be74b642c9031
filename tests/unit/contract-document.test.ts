import { describe, expect, it } from 'vitest';
import { isRecord, loadContractDocument, resolvePointer, validateResponse } from '../../operator/contract/validate-response';

// The contract is hand-written YAML: these checks keep it whole (every operation usable by the
// generated client and the mock) and prove the validator really rejects drift.

const document = loadContractDocument();
const methods = ['get', 'put', 'post', 'patch', 'delete'] as const;
const unsafe = new Set(['put', 'post', 'patch', 'delete']);

interface Operation {
  path: string;
  method: string;
  operation: Record<string, unknown>;
  parameters: unknown[];
}

function record(value: unknown): Record<string, unknown> {
  return isRecord(value) ? value : {};
}

function follow(value: unknown): Record<string, unknown> {
  const node = record(value);
  return typeof node.$ref === 'string' ? record(resolvePointer(document, node.$ref)) : node;
}

const operations: Operation[] = Object.entries(record(document.paths)).flatMap(([path, item]) =>
  methods
    .filter((method) => isRecord(record(item)[method]))
    .map((method) => {
      const operation = record(record(item)[method]);
      const shared = Array.isArray(record(item).parameters) ? (record(item).parameters as unknown[]) : [];
      const own = Array.isArray(operation.parameters) ? operation.parameters : [];
      return { path, method, operation, parameters: [...shared, ...own].map(follow) };
    }),
);

function refsIn(value: unknown): string[] {
  if (Array.isArray(value)) return value.flatMap(refsIn);
  if (!isRecord(value)) return [];
  return Object.entries(value).flatMap(([key, child]) => (key === '$ref' && typeof child === 'string' ? [child] : refsIn(child)));
}

const expectedOperationIds = [
  'getSession', 'signIn', 'signOut', 'signOutEverywhere', 'confirmPassword', 'getOrganization', 'getPolicy',
  'getProfile', 'updateProfile', 'requestEmailChange', 'confirmEmailChange', 'cancelEmailChange', 'getAccount',
  'listOrders', 'listReviews', 'listCommunications', 'listFiles', 'listActivity', 'listConsentChanges',
  'downloadConsentHistory', 'listPaymentMethods', 'getTechnical', 'getPreferences', 'updatePreferences',
  'stopAllMarketing', 'createExport', 'listExports', 'getExport', 'downloadExport', 'getDeletion',
  'scheduleDeletion', 'cancelDeletion', 'createRequest', 'listRequests', 'withdrawRequest', 'acknowledgePolicy',
  'listSessions', 'endSession', 'signOutOtherSessions',
];

const briefSchemas = [
  'Session', 'SessionCustomer', 'Organization', 'DataCategory', 'DataCategoryId', 'LegalBasis', 'Recipient',
  'MarketingChannel', 'MarketingTopic', 'MarketingPartner', 'RetainedRecord', 'Policy', 'Profile', 'Address',
  'AddressInput', 'ProfilePatch', 'Account', 'Order', 'Money', 'Review', 'Communication', 'UploadedFile',
  'ActivityEvent', 'ConsentChange', 'PaymentMethod', 'DeviceSession', 'Technical', 'Preferences',
  'PreferencesPatch', 'Export', 'ExportRequest', 'DeletionStatus', 'DeletionRequest', 'DeletionResult',
  'RightsRequest', 'RightsRequestInput', 'RequestType', 'RecordedRequestType', 'RequestStatus', 'RequestEvent', 'RequestAnswer',
  'RequestRefusal', 'RequestExtension', 'RecipientNotice', 'Problem', 'FieldError', 'FieldErrorCode', 'ProblemCode',
  'LanguageCode', 'LocalizedText', 'Country', 'OrderPage', 'ReviewPage', 'CommunicationPage', 'FilePage',
  'ActivityPage', 'ConsentChangePage', 'SessionList', 'GlobalPrivacyControlStatus',
];

describe('the contract document', () => {
  it('is OpenAPI 3.1 served under /api/v1 with prefix-free paths', () => {
    expect(String(document.openapi)).toMatch(/^3\.1\.\d+$/);
    expect(document.servers).toEqual([{ url: '/api/v1' }]);
    expect(Object.keys(record(document.paths)).filter((path) => path.startsWith('/api'))).toEqual([]);
  });

  it('has exactly the operations of the brief, each with operationId, summary, tags and a 2xx', () => {
    expect(operations.map(({ operation }) => operation.operationId).sort()).toEqual([...expectedOperationIds].sort());
    const declaredTags = new Set((Array.isArray(document.tags) ? document.tags : []).map((tag) => record(tag).name));
    for (const { path, method, operation } of operations) {
      const where = `${method.toUpperCase()} ${path}`;
      expect(operation.operationId, where).toMatch(/^[a-z][a-zA-Z]+$/);
      expect(typeof operation.summary, where).toBe('string');
      expect(Array.isArray(operation.tags) && operation.tags.length > 0, where).toBe(true);
      for (const tag of operation.tags as unknown[]) expect(declaredTags.has(tag), `${where} tag ${String(tag)}`).toBe(true);
      expect(Object.keys(record(operation.responses)).some((status) => /^2\d\d$/.test(status)), where).toBe(true);
    }
  });

  it('defines every schema the brief names', () => {
    const schemas = Object.keys(record(record(document.components).schemas));
    expect(briefSchemas.filter((name) => !schemas.includes(name))).toEqual([]);
  });

  it('has no $ref that leads nowhere', () => {
    const refs = refsIn(document);
    expect(refs.length).toBeGreaterThan(100);
    expect(refs.filter((ref) => resolvePointer(document, ref) === undefined)).toEqual([]);
  });

  it('documents 403 and the X-CSRF-Token header on every unsafe operation', () => {
    const unsafeOperations = operations.filter(({ method, path }) => unsafe.has(method) && !(method === 'post' && path === '/session'));
    expect(unsafeOperations.length).toBe(17);
    for (const { path, method, operation, parameters } of unsafeOperations) {
      const where = `${method.toUpperCase()} ${path}`;
      expect(Object.keys(record(operation.responses)), where).toContain('403');
      expect(parameters.some((p) => record(p).in === 'header' && record(p).name === 'X-CSRF-Token'), where).toBe(true);
    }
  });

  it('documents 400 on every operation, and 413 and 415 on every operation that takes a body', () => {
    for (const { path, method, operation } of operations) {
      const responses = record(operation.responses);
      expect(Object.keys(responses), `${method} ${path}`).toContain('400');
      if (operation.requestBody !== undefined) expect(Object.keys(responses), `${method} ${path}`).toEqual(expect.arrayContaining(['413', '415']));
    }
  });

  it('makes exactly the public endpoints callable without a session', () => {
    expect(document.security).toEqual([{ sessionCookie: [] }]);
    const open = operations.filter(({ operation }) => Array.isArray(operation.security) && operation.security.length === 0);
    expect(open.map(({ method, path }) => `${method} ${path}`).sort()).toEqual(
      ['get /organization', 'get /organization/policy', 'get /session', 'post /session'],
    );
  });

  it('answers 409 deletion_pending on every unsafe /me operation except cancelling the deletion, requesting an export and signing out other devices', () => {
    // Signing out elsewhere changes nothing in the account, and a lost phone must still be shut out.
    const allowed = new Set(['delete /me/deletion', 'post /me/exports', 'delete /me/sessions/{sessionId}', 'post /me/sessions/sign-out-others']);
    const readOnly = operations.filter(({ method, path }) => unsafe.has(method) && path.startsWith('/me/') && !allowed.has(`${method} ${path}`));
    expect(readOnly.length).toBeGreaterThan(5);
    for (const { path, method, operation } of readOnly) {
      expect(record(record(operation.responses)['409']).$ref, `${method.toUpperCase()} ${path}`).toBe('#/components/responses/DeletionPending');
    }
    // Reading one's data is not a change: an export can be requested during the grace period.
    const createExport = operations.find(({ method, path }) => method === 'post' && path === '/me/exports');
    expect(Object.keys(record(createExport?.operation.responses))).not.toContain('409');
  });

  it('has response schemas that Ajv compiles in strict mode', () => {
    // Validating any body forces every response schema (and what it references) to compile.
    for (const { path, method, operation } of operations) {
      for (const [status, value] of Object.entries(record(operation.responses))) {
        for (const mediaType of Object.keys(record(follow(value).content))) {
          const url = `/api/v1${path.replace(/\{[^}]+\}/g, 'x')}`;
          const headers = new Headers({ 'content-type': mediaType });
          expect(() => validateResponse({ method, url, status: Number(status), headers, body: {} })).not.toThrow();
        }
      }
    }
  });
});

const profile = {
  id: 'cus_1',
  email: 'anna.berzina@example.lv',
  firstName: 'Anna',
  lastName: 'Bērziņa',
  phone: '+37120000000',
  language: 'lv',
  addresses: [
    {
      id: 'adr_1', label: 'Mājas', recipient: 'Anna Bērziņa', line1: 'Brīvības iela 1', line2: '',
      city: 'Rīga', postalCode: 'LV-1010', country: 'LV', isDefault: true,
    },
  ],
  pendingEmail: null,
  createdAt: '2024-03-01T09:00:00.000Z',
  updatedAt: '2026-01-15T12:30:00.000Z',
};

const json = (extra: Record<string, string> = {}) => new Headers({ 'content-type': 'application/json', ...extra });
const problemJson = (extra: Record<string, string> = {}) => new Headers({ 'content-type': 'application/problem+json', ...extra });
const rateLimited = { type: 'about:blank', title: 'Too many requests', status: 429, code: 'rate_limited', retryAfterSeconds: 30 };

describe('validateResponse', () => {
  const profileUrl = 'http://localhost:3000/api/v1/me/profile';

  it('accepts a profile that follows the contract', () => {
    expect(validateResponse({ method: 'GET', url: profileUrl, status: 200, headers: json({ ETag: '"7"' }), body: profile })).toEqual([]);
  });

  it('rejects a profile without email, with an extra property, or without its ETag', () => {
    const withoutEmail: Record<string, unknown> = { ...profile };
    delete withoutEmail.email;
    const missing = validateResponse({ method: 'GET', url: profileUrl, status: 200, headers: json({ ETag: '"7"' }), body: withoutEmail });
    expect(missing.join('\n')).toMatch(/email/);

    const extra = validateResponse({ method: 'GET', url: profileUrl, status: 200, headers: json({ ETag: '"7"' }), body: { ...profile, password: 'x' } });
    expect(extra.join('\n')).toMatch(/password/);

    const noEtag = validateResponse({ method: 'GET', url: profileUrl, status: 200, headers: json(), body: profile });
    expect(noEtag).toEqual(['missing required header ETag']);
  });

  it('rejects wrong formats inside nested schemas', () => {
    const body = { ...profile, phone: '20000000', addresses: [{ ...profile.addresses[0], country: 'Latvia' }] };
    const problems = validateResponse({ method: 'PATCH', url: profileUrl, status: 200, headers: json({ ETag: '"8"' }), body });
    expect(problems.some((problem) => problem.includes('/phone'))).toBe(true);
    expect(problems.some((problem) => problem.includes('/addresses/0/country'))).toBe(true);
  });

  it('keeps application/json and application/problem+json apart', () => {
    const problem = { type: 'about:blank', title: 'Sign in', status: 401, code: 'unauthenticated' };
    expect(validateResponse({ method: 'GET', url: profileUrl, status: 401, headers: problemJson(), body: problem })).toEqual([]);
    expect(validateResponse({ method: 'GET', url: profileUrl, status: 401, headers: json(), body: problem })[0]).toMatch(/not documented/);
  });

  it('requires Retry-After on 429 and checks it is a number of seconds', () => {
    const url = '/api/v1/me/exports';
    expect(validateResponse({ method: 'POST', url, status: 429, headers: problemJson({ 'Retry-After': '30' }), body: rateLimited })).toEqual([]);
    expect(validateResponse({ method: 'POST', url, status: 429, headers: problemJson(), body: rateLimited })).toEqual(['missing required header Retry-After']);
    expect(validateResponse({ method: 'POST', url, status: 429, headers: problemJson({ 'Retry-After': 'soon' }), body: rateLimited })).not.toEqual([]);
  });

  it('rejects a problem whose code is not a ProblemCode or whose status disagrees', () => {
    const body = { type: 'about:blank', title: 'Oops', status: 500, code: 'exploded' };
    expect(validateResponse({ method: 'GET', url: profileUrl, status: 500, headers: problemJson(), body }).join('\n')).toMatch(/code/);
    const mismatch = { ...body, code: 'internal', status: 503 };
    expect(validateResponse({ method: 'GET', url: profileUrl, status: 500, headers: problemJson(), body: mismatch }).join('\n')).toMatch(/differs/);
  });

  it('matches templated paths, ignores the query string and accepts empty 204s', () => {
    const exportBody = {
      id: 'exp_1', format: 'json', categories: ['identity'], status: 'queued', progress: 0,
      createdAt: '2026-01-15T12:30:00.000Z', readyAt: null, expiresAt: null, sizeBytes: null, fileName: null,
    };
    expect(validateResponse({ method: 'GET', url: '/api/v1/me/exports/exp_1?x=1', status: 200, headers: json(), body: exportBody })).toEqual([]);
    expect(validateResponse({ method: 'DELETE', url: '/api/v1/session', status: 204, headers: new Headers(), body: undefined })).toEqual([]);
    expect(validateResponse({ method: 'GET', url: '/api/v1/me/orders?limit=5', status: 200, headers: json(), body: { items: [], nextCursor: null, total: 0 } })).toEqual([]);
  });

  it('reports undocumented paths, methods and statuses, but ignores the mock control endpoints', () => {
    expect(validateResponse({ method: 'GET', url: '/api/v1/me/secrets', status: 200, headers: json(), body: {} })[0]).toMatch(/no path/);
    expect(validateResponse({ method: 'PUT', url: profileUrl, status: 200, headers: json(), body: profile })[0]).toMatch(/PUT is not documented/);
    expect(validateResponse({ method: 'GET', url: profileUrl, status: 418, headers: json(), body: {} })[0]).toMatch(/status 418/);
    expect(validateResponse({ method: 'POST', url: '/api/__mock/reset', status: 200, headers: json(), body: {} })).toEqual([]);
  });
});
