import { describe, type CheckClient } from './client';
import type { CheckContext, Json } from './context';
import { bodyOf, confirmPassword, newKey, probeCsrf, probeIdempotency, probePagination, probeReauth, sessionCookieLine, sessionCookieName, signIn } from './probes';

// One entry per operation of src/api/openapi.yaml, in the order they run: read before write,
// every change undone before the next step, signing out last. A unit test fails when the
// document has an operation this plan lacks — a new operation gets a new object here.
//
// `destructive` entries leave a trace that cannot be undone (a filed request, a scheduled
// deletion) and run only with --include-destructive.

export interface PlanEntry {
  operationId: string;
  destructive?: boolean;
  /** Runs before signing in (the public operations and the sign-in itself). */
  public?: boolean;
  run(context: CheckContext): Promise<void>;
}

const profileOf = async (client: CheckClient) => bodyOf(await client.call('getProfile', 'GET', '/me/profile'));
const preferencesOf = async (client: CheckClient) => {
  // updatedAt moves with any save, even one that puts the same choices back.
  const preferences = bodyOf(await client.call('getPreferences', 'GET', '/me/preferences'));
  delete preferences.updatedAt;
  return preferences;
};
const idsOf = async (client: CheckClient, operationId: string, path: string) => {
  const items = bodyOf(await client.call(operationId, 'GET', path)).items;
  return Array.isArray(items) ? items.map((item: Json) => String(item.id)) : [];
};
const isSignedIn = async (client: CheckClient) => bodyOf(await client.call('getSession', 'GET', '/session')).authenticated === true;

function listEntry(operationId: string, path: string): PlanEntry {
  return { operationId, run: (context) => probePagination(context, operationId, path) };
}

function readEntry(operationId: string, path: string, query?: Record<string, string>): PlanEntry {
  return {
    operationId,
    async run({ first, report }) {
      const answer = await first.call(operationId, 'GET', path, { query });
      if (answer.status !== 200) report.fail(operationId, 'schema', `GET ${path}: expected 200, got ${describe(answer)}`, 'status');
    },
  };
}

export const plan: PlanEntry[] = [
  {
    operationId: 'getSession',
    public: true,
    async run({ first, report }) {
      const answer = await first.call('getSession', 'GET', '/session');
      if (typeof bodyOf(answer).csrfToken !== 'string') report.fail('getSession', 'csrf', 'GET /session hands out no csrfToken', 'body/csrfToken');
    },
  },
  {
    operationId: 'getOrganization',
    public: true,
    async run(context) {
      const answer = await context.first.call('getOrganization', 'GET', '/organization');
      context.organization = answer.status === 200 ? bodyOf(answer) : null;
    },
  },
  { ...readEntry('getPolicy', '/organization/policy'), public: true },
  {
    operationId: 'signIn',
    public: true,
    async run(context) {
      const { first, report, options } = context;
      const anonymous = bodyOf(await first.call('getSession', 'GET', '/session'));
      first.csrfToken = typeof anonymous.csrfToken === 'string' ? anonymous.csrfToken : null;
      const before = first.cookies.get(sessionCookieName());
      await probeCsrf(context, first, { operationId: 'signIn', method: 'POST', path: '/session', body: { email: options.first.email, password: options.first.password } }, async () => bodyOf(await first.call('getSession', 'GET', '/session')).authenticated);
      const wrong = await first.call('signIn', 'POST', '/session', { body: { email: options.first.email, password: `${options.first.password}-wrong` } });
      if (wrong.status !== 401) report.fail('signIn', 'schema', `a wrong password: expected 401 invalid_credentials, got ${describe(wrong)}`, 'status');
      const answer = await signIn(first, options.first);
      if (!answer) {
        report.fail('signIn', 'session', `could not sign in as ${options.first.email}; nothing that needs a session was checked`);
        return;
      }
      context.signedIn = true;
      const line = sessionCookieLine(answer);
      if (!line) {
        report.fail('signIn', 'cookie', 'sign-in set no session cookie', 'Set-Cookie');
        return;
      }
      const attributes = line.split(';').map((part) => part.trim().toLowerCase());
      if (!attributes.includes('httponly')) report.fail('signIn', 'cookie', 'the session cookie is not HttpOnly: scripts could read it', 'Set-Cookie');
      const sameSite = attributes.find((part) => part.startsWith('samesite='))?.split('=')[1];
      if (sameSite !== 'lax' && sameSite !== 'strict') report.fail('signIn', 'cookie', `the session cookie has SameSite=${sameSite ?? '(none)'}; Lax or Strict is needed`, 'Set-Cookie');
      if (options.baseUrl.protocol === 'https:' && !attributes.includes('secure')) report.fail('signIn', 'cookie', 'the session cookie is not Secure on an https API', 'Set-Cookie');
      report.pass('signIn', 'cookie', options.baseUrl.protocol === 'https:' ? 'HttpOnly, SameSite, Secure' : 'HttpOnly, SameSite (Secure only checked on https)');
      const value = (line.split(';')[0] ?? '').split('=').slice(1).join('=');
      if (before !== undefined && before === value) report.fail('signIn', 'session', 'sign-in kept the session id from before (session fixation)', 'Set-Cookie');
      else report.pass('signIn', 'session', before === undefined ? 'a session id set at sign-in (none before)' : 'a new session id at sign-in');
    },
  },
  {
    operationId: 'getProfile',
    async run({ first, report }) {
      const answer = await first.call('getProfile', 'GET', '/me/profile');
      if (answer.headers.get('etag')) report.pass('getProfile', 'etag');
      else report.fail('getProfile', 'etag', 'the profile came without an ETag: it cannot be saved safely', 'header ETag');
      const anonymous = await first.call('getProfile', 'GET', '/me/profile', { cookie: '' });
      if (anonymous.status !== 401) report.fail('getProfile', 'session', `without a session: expected 401 unauthenticated, got ${describe(anonymous)}`, 'status');
    },
  },
  {
    operationId: 'updateProfile',
    async run(context) {
      const { first, report } = context;
      const read = await first.call('getProfile', 'GET', '/me/profile');
      const original = bodyOf(read);
      const firstName = typeof original.firstName === 'string' ? original.firstName : 'Name';
      const changed = firstName === 'Contract' ? 'Check' : 'Contract';
      const probeTag = read.headers.get('etag');
      await probeCsrf(context, first, { operationId: 'updateProfile', method: 'PATCH', path: '/me/profile', body: { firstName: changed }, headers: (): Record<string, string> => (probeTag ? { 'If-Match': probeTag } : {}) }, () => profileOf(first));
      // Read again: a backend that wrongly took a refused request has a new version now.
      const etag = (await first.call('getProfile', 'GET', '/me/profile')).headers.get('etag');
      const blind = await first.call('updateProfile', 'PATCH', '/me/profile', { body: { firstName: changed } });
      if (blind.status === 428) report.pass('updateProfile', 'if-match');
      else report.fail('updateProfile', 'if-match', `PATCH without If-Match: expected 428 precondition_required, got ${describe(blind)}`, 'status');
      if (!etag) {
        report.notChecked('updateProfile', 'restore', 'no ETag to send, so no change was made');
        if (blind.status < 300) await first.call('updateProfile', 'PATCH', '/me/profile', { body: { firstName } });
        return;
      }
      const saved = await first.call('updateProfile', 'PATCH', '/me/profile', { body: { firstName: changed }, headers: { 'If-Match': etag } });
      const newTag = saved.headers.get('etag');
      if (saved.status !== 200) {
        report.fail('updateProfile', 'if-match', `PATCH with the current ETag: expected 200, got ${describe(saved)}`, 'status');
        return;
      }
      if (!newTag || newTag === etag) report.fail('updateProfile', 'etag', 'a saved change kept the old ETag (or none)', 'header ETag');
      const stale = await first.call('updateProfile', 'PATCH', '/me/profile', { body: { firstName }, headers: { 'If-Match': etag } });
      if (stale.status === 412) report.pass('updateProfile', 'if-match');
      else report.fail('updateProfile', 'if-match', `PATCH with a stale ETag: expected 412 precondition_failed, got ${describe(stale)}`, 'status');
      const current = (await first.call('getProfile', 'GET', '/me/profile')).headers.get('etag') ?? newTag ?? etag;
      const restored = await first.call('updateProfile', 'PATCH', '/me/profile', { body: { firstName }, headers: { 'If-Match': current } });
      if (restored.status === 200 && bodyOf(restored).firstName === firstName) report.pass('updateProfile', 'restore', 'the first name is back');
      else report.fail('updateProfile', 'restore', `could not put the first name back: ${describe(restored)}`);
    },
  },
  readEntry('getAccount', '/me/account'),
  listEntry('listOrders', '/me/orders'),
  listEntry('listReviews', '/me/reviews'),
  listEntry('listCommunications', '/me/communications'),
  listEntry('listFiles', '/me/files'),
  listEntry('listActivity', '/me/activity'),
  listEntry('listConsentChanges', '/me/consents'),
  {
    operationId: 'downloadConsentHistory',
    async run({ first, report }) {
      for (const format of ['json', 'csv']) {
        const answer = await first.call('downloadConsentHistory', 'GET', '/me/consents/download', { query: { format } });
        if (answer.status !== 200) report.fail('downloadConsentHistory', 'schema', `format=${format}: expected 200, got ${describe(answer)}`, 'status');
      }
    },
  },
  readEntry('listPaymentMethods', '/me/payment-methods'),
  readEntry('getTechnical', '/me/technical'),
  readEntry('getPreferences', '/me/preferences'),
  {
    operationId: 'updatePreferences',
    async run(context) {
      const { first, report } = context;
      const original = await preferencesOf(first);
      const channels = (original.channels ?? {}) as Record<string, boolean>;
      const [channel] = Object.keys(channels);
      if (!channel) {
        report.notChecked('updatePreferences', 'restore', 'the company offers no marketing channel to switch');
        return;
      }
      const flipped = { channels: { [channel]: !channels[channel] } };
      await probeCsrf(context, first, { operationId: 'updatePreferences', method: 'PATCH', path: '/me/preferences', body: flipped }, () => preferencesOf(first));
      const answer = await first.call('updatePreferences', 'PATCH', '/me/preferences', { body: flipped });
      if (answer.status !== 200) report.fail('updatePreferences', 'schema', `switching channel ${channel}: expected 200, got ${describe(answer)}`, 'status');
      await restorePreferences(context, 'updatePreferences', original);
    },
  },
  {
    operationId: 'stopAllMarketing',
    async run(context) {
      const { first, report } = context;
      const original = await preferencesOf(first);
      await probeCsrf(context, first, { operationId: 'stopAllMarketing', method: 'POST', path: '/me/preferences/stop-all' }, () => preferencesOf(first));
      const answer = await first.call('stopAllMarketing', 'POST', '/me/preferences/stop-all');
      if (answer.status !== 200) report.fail('stopAllMarketing', 'schema', `expected 200, got ${describe(answer)}`, 'status');
      await restorePreferences(context, 'stopAllMarketing', original);
    },
  },
  {
    operationId: 'requestEmailChange',
    async run(context) {
      const { first, report } = context;
      const email = `contract-check-${Date.now()}@example.invalid`;
      const call = () => first.call('requestEmailChange', 'POST', '/me/email-change', { body: { email } });
      await probeCsrf(context, first, { operationId: 'requestEmailChange', method: 'POST', path: '/me/email-change', body: { email } }, async () => (await profileOf(first)).pendingEmail);
      await probeReauth(context, first, 'requestEmailChange', call);
      const answer = await call();
      if (answer.status !== 202) report.fail('requestEmailChange', 'schema', `expected 202, got ${describe(answer)}`, 'status');
    },
  },
  {
    operationId: 'confirmEmailChange',
    async run(context) {
      const { first, report } = context;
      const call = { operationId: 'confirmEmailChange', method: 'POST', path: '/me/email-change/confirm', body: { code: '000000' } };
      await probeCsrf(context, first, call, () => profileOf(first));
      // The check cannot read the code from the mailbox: a wrong code must be a 422 problem.
      const answer = await first.call(call.operationId, call.method, call.path, { body: call.body });
      if (answer.status !== 422) report.fail('confirmEmailChange', 'schema', `a wrong code: expected 422 invalid_code, got ${describe(answer)}`, 'status');
    },
  },
  {
    operationId: 'cancelEmailChange',
    async run(context) {
      const { first, report } = context;
      await probeCsrf(context, first, { operationId: 'cancelEmailChange', method: 'DELETE', path: '/me/email-change' }, async () => (await profileOf(first)).pendingEmail);
      const answer = await first.call('cancelEmailChange', 'DELETE', '/me/email-change');
      const pending = (await profileOf(first)).pendingEmail;
      if (answer.status === 204 && pending === null) report.pass('cancelEmailChange', 'restore', 'the e-mail change started by the check is cancelled');
      else report.fail('cancelEmailChange', 'restore', `cancelling the e-mail change: ${describe(answer)}, pendingEmail ${JSON.stringify(pending)}`);
    },
  },
  {
    operationId: 'createExport',
    async run(context) {
      const { first } = context;
      const body = { format: 'json', categories: null };
      await probeCsrf(context, first, { operationId: 'createExport', method: 'POST', path: '/me/exports', body, headers: () => ({ 'Idempotency-Key': newKey() }) }, () => idsOf(first, 'listExports', '/me/exports'));
      const created = await probeIdempotency(context, first, { operationId: 'createExport', method: 'POST', path: '/me/exports', body, otherBody: { format: 'csv_zip', categories: null }, expected: [202] });
      const id = bodyOf(created).id;
      // Rate-limited (a backend may allow few exports an hour): read the newest one there is.
      const [newest] = typeof id === 'string' ? [id] : await idsOf(first, 'listExports', '/me/exports');
      context.exportId = newest ?? null;
    },
  },
  {
    operationId: 'listExports',
    async run(context) {
      const ids = await idsOf(context.first, 'listExports', '/me/exports');
      if (context.exportId && !ids.includes(context.exportId)) context.report.fail('listExports', 'schema', `the export ${context.exportId} just created is not listed`, 'body/items');
    },
  },
  {
    operationId: 'getExport',
    async run(context) {
      const { first, report, exportId, options } = context;
      if (!exportId) {
        report.notChecked('getExport', 'schema', 'no export was created');
        return;
      }
      const deadline = Date.now() + options.exportWaitMs;
      let status = '';
      while (Date.now() < deadline) {
        status = String(bodyOf(await first.call('getExport', 'GET', `/me/exports/${exportId}`)).status);
        if (status !== 'queued' && status !== 'preparing') break;
        await new Promise((resolve) => setTimeout(resolve, 1000));
      }
      const missing = await first.call('getExport', 'GET', '/me/exports/exp_contract_check_none');
      if (missing.status !== 404) report.fail('getExport', 'schema', `an unknown export: expected 404 not_found, got ${describe(missing)}`, 'status');
      await isolation(context, 'getExport', (client) => client.call('getExport', 'GET', `/me/exports/${exportId}`));
    },
  },
  {
    operationId: 'downloadExport',
    async run(context) {
      const { first, report, exportId } = context;
      if (!exportId) {
        report.notChecked('downloadExport', 'schema', 'no export was created');
        return;
      }
      const state = bodyOf(await first.call('getExport', 'GET', `/me/exports/${exportId}`)).status;
      if (state !== 'ready') {
        report.notChecked('downloadExport', 'schema', `the export was still ${String(state)} after ${context.options.exportWaitMs / 1000} s`);
        return;
      }
      const answer = await first.call('downloadExport', 'GET', `/me/exports/${exportId}/download`);
      if (answer.status !== 200) report.fail('downloadExport', 'schema', `expected 200, got ${describe(answer)}`, 'status');
      else if (!/attachment/i.test(answer.headers.get('content-disposition') ?? '')) report.fail('downloadExport', 'schema', 'the file comes without Content-Disposition: attachment', 'header Content-Disposition');
      await isolation(context, 'downloadExport', (client) => client.call('downloadExport', 'GET', `/me/exports/${exportId}/download`));
    },
  },
  {
    operationId: 'confirmPassword',
    async run(context) {
      const { first, report, options } = context;
      const body = { password: options.first.password };
      await probeCsrf(context, first, { operationId: 'confirmPassword', method: 'POST', path: '/session/confirm-password', body });
      const wrong = await confirmPassword(first, `${options.first.password}-wrong`);
      if (wrong.status !== 422) report.fail('confirmPassword', 'schema', `a wrong password: expected 422 invalid_password, got ${describe(wrong)}`, 'status');
      const answer = await confirmPassword(first, options.first.password);
      if (answer.status !== 200) report.fail('confirmPassword', 'schema', `expected 200, got ${describe(answer)}`, 'status');
    },
  },
  readEntry('getDeletion', '/me/deletion'),
  {
    operationId: 'scheduleDeletion',
    destructive: true,
    async run(context) {
      const { first, report, organization, options } = context;
      const deletion = (organization?.deletion ?? {}) as Json;
      if (typeof deletion.graceDays !== 'number' || deletion.graceDays < 1) {
        report.notChecked('scheduleDeletion', 'schema', 'the company deletes at once (no grace period): scheduling would delete the test account');
        return;
      }
      const body = { password: options.first.password, confirmEmail: options.first.email, reason: null };
      await probeCsrf(context, first, { operationId: 'scheduleDeletion', method: 'POST', path: '/me/deletion', body, headers: () => ({ 'Idempotency-Key': newKey() }) }, async () => bodyOf(await first.call('getDeletion', 'GET', '/me/deletion')).status);
      await probeIdempotency(context, first, {
        operationId: 'scheduleDeletion',
        method: 'POST',
        path: '/me/deletion',
        body,
        otherBody: { ...body, reason: { choice: 'other', text: 'contract check' } },
        expected: [200, 202],
        // The contract ends the session when a deletion is scheduled; signing in during the
        // grace period is allowed (to cancel it).
        after: async () => {
          first.cookies.clear();
          context.signedIn = Boolean(await signIn(first, options.first));
        },
      });
    },
  },
  {
    operationId: 'cancelDeletion',
    destructive: true,
    async run(context) {
      const { first, report } = context;
      const scheduled = bodyOf(await first.call('getDeletion', 'GET', '/me/deletion')).status === 'scheduled';
      await probeCsrf(context, first, { operationId: 'cancelDeletion', method: 'DELETE', path: '/me/deletion' }, async () => bodyOf(await first.call('getDeletion', 'GET', '/me/deletion')).status);
      const answer = await first.call('cancelDeletion', 'DELETE', '/me/deletion');
      const after = bodyOf(await first.call('getDeletion', 'GET', '/me/deletion')).status;
      if (answer.status === 200 && after === 'none') report.pass('cancelDeletion', 'restore', scheduled ? 'the deletion the check scheduled is cancelled' : 'nothing was scheduled');
      else report.fail('cancelDeletion', 'restore', `cancelling the deletion: ${describe(answer)}, status ${String(after)}`);
    },
  },
  {
    operationId: 'createRequest',
    destructive: true,
    async run(context) {
      const { first } = context;
      const body = { type: 'question', message: 'Contract check: please ignore this question.', subject: null };
      await probeCsrf(context, first, { operationId: 'createRequest', method: 'POST', path: '/me/requests', body, headers: () => ({ 'Idempotency-Key': newKey() }) }, () => idsOf(first, 'listRequests', '/me/requests'));
      const created = await probeIdempotency(context, first, { operationId: 'createRequest', method: 'POST', path: '/me/requests', body, otherBody: { ...body, message: 'Contract check: another question.' }, expected: [201] });
      const id = bodyOf(created).id;
      if (typeof id === 'string') {
        context.requestIds.push(id);
        context.filedRequestId = id;
      }
    },
  },
  {
    operationId: 'withdrawRequest',
    destructive: true,
    async run(context) {
      const { first, report } = context;
      // The question the check filed (createRequest) is withdrawn again: the nearest to undoing it.
      const id = context.filedRequestId;
      if (!id) {
        report.notChecked('withdrawRequest', 'schema', 'the check filed no request to withdraw');
        return;
      }
      const path = `/me/requests/${encodeURIComponent(id)}/withdraw`;
      const status = async () => {
        const items = bodyOf(await first.call('listRequests', 'GET', '/me/requests')).items;
        return Array.isArray(items) ? (items as Json[]).find((item) => item.id === id)?.status : undefined;
      };
      await probeCsrf(context, first, { operationId: 'withdrawRequest', method: 'POST', path }, status);
      const second = await context.second();
      if (second) {
        const theirs = await second.call('withdrawRequest', 'POST', path);
        if (theirs.status === 404 || theirs.status === 403) report.pass('withdrawRequest', 'isolation', "the second account cannot withdraw the first's request");
        else report.fail('withdrawRequest', 'isolation', `the second account withdrew the first account's request: ${describe(theirs)}`, 'status');
      } else {
        report.notChecked('withdrawRequest', 'isolation', 'no second account given (--second-email, --second-password)');
      }
      const answer = await first.call('withdrawRequest', 'POST', path);
      if (answer.status === 200) report.pass('withdrawRequest', 'restore', 'the question the check filed is withdrawn');
      else report.fail('withdrawRequest', 'restore', `withdrawing the check's question: expected 200, got ${describe(answer)}`, 'status');
    },
  },
  {
    operationId: 'listRequests',
    async run(context) {
      context.requestIds.push(...(await idsOf(context.first, 'listRequests', '/me/requests')));
      await requestIsolation(context);
    },
  },
  {
    operationId: 'acknowledgePolicy',
    destructive: true,
    async run(context) {
      const { first, report } = context;
      const policy = bodyOf(await first.call('getPolicy', 'GET', '/organization/policy'));
      const body = { version: String(policy.version ?? context.organization?.policyVersion ?? '') };
      await probeCsrf(context, first, { operationId: 'acknowledgePolicy', method: 'POST', path: '/me/policy-acknowledgement', body });
      const answer = await first.call('acknowledgePolicy', 'POST', '/me/policy-acknowledgement', { body });
      if (answer.status !== 204) report.fail('acknowledgePolicy', 'schema', `expected 204, got ${describe(answer)}`, 'status');
    },
  },
  readEntry('listSessions', '/me/sessions'),
  {
    operationId: 'endSession',
    async run(context) {
      const { first, report, options } = context;
      const other = context.newClient('another session of the first account');
      if (!(await signIn(other, options.first))) {
        report.notChecked('endSession', 'sign-out', 'could not open a second session');
        return;
      }
      const mine = bodyOf(await other.call('listSessions', 'GET', '/me/sessions')).items;
      const id = Array.isArray(mine) ? (mine as Json[]).find((item) => item.current === true)?.id : undefined;
      if (typeof id !== 'string') {
        report.fail('endSession', 'sign-out', 'GET /me/sessions marks no session as current', 'body/items');
        return;
      }
      const path = `/me/sessions/${encodeURIComponent(id)}`;
      await probeCsrf(context, first, { operationId: 'endSession', method: 'DELETE', path }, () => isSignedIn(other));
      const second = await context.second();
      if (second) {
        const theirs = await second.call('endSession', 'DELETE', path);
        if (theirs.status === 404 || theirs.status === 403) report.pass('endSession', 'isolation', "the second account cannot end the first's session");
        else report.fail('endSession', 'isolation', `the second account ended the first account's session: ${describe(theirs)}`, 'status');
      } else {
        report.notChecked('endSession', 'isolation', 'no second account given (--second-email, --second-password)');
      }
      const answer = await first.call('endSession', 'DELETE', path);
      const after = await other.call('getProfile', 'GET', '/me/profile');
      if (answer.status === 204 && after.status === 401) report.pass('endSession', 'sign-out', 'the ended session is refused afterwards');
      else report.fail('endSession', 'sign-out', `ending the session answered ${describe(answer)}; that session then got ${describe(after)} (expected 401)`, 'status');
    },
  },
  {
    operationId: 'signOutOtherSessions',
    async run(context) {
      const { first, report, options } = context;
      const other = context.newClient('another session of the first account');
      if (!(await signIn(other, options.first))) {
        report.notChecked('signOutOtherSessions', 'sign-out', 'could not open a second session');
        return;
      }
      await probeCsrf(context, first, { operationId: 'signOutOtherSessions', method: 'POST', path: '/me/sessions/sign-out-others' }, () => isSignedIn(other));
      const answer = await first.call('signOutOtherSessions', 'POST', '/me/sessions/sign-out-others');
      const theirs = await other.call('getProfile', 'GET', '/me/profile');
      const mine = await first.call('getProfile', 'GET', '/me/profile');
      if (answer.status === 204 && theirs.status === 401 && mine.status === 200) report.pass('signOutOtherSessions', 'sign-out', 'the other session is refused, this one goes on');
      else report.fail('signOutOtherSessions', 'sign-out', `answered ${describe(answer)}; the other session then got ${describe(theirs)} (expected 401), this one ${describe(mine)} (expected 200)`, 'status');
    },
  },
  {
    operationId: 'signOutEverywhere',
    async run(context) {
      const { first, report, options } = context;
      // A second session of the same customer must end too.
      const other = context.newClient('another session of the first account');
      if (!(await signIn(other, options.first))) {
        report.notChecked('signOutEverywhere', 'sign-out', 'could not open a second session');
        return;
      }
      await probeCsrf(context, first, { operationId: 'signOutEverywhere', method: 'POST', path: '/session/sign-out-everywhere' }, () => isSignedIn(other));
      const answer = await first.call('signOutEverywhere', 'POST', '/session/sign-out-everywhere');
      const after = await other.call('getProfile', 'GET', '/me/profile');
      if (answer.status === 204 && after.status === 401) report.pass('signOutEverywhere', 'sign-out', 'the other session is refused afterwards');
      else report.fail('signOutEverywhere', 'sign-out', `sign out everywhere answered ${describe(answer)}; the other session then got ${describe(after)} (expected 401)`, 'status');
      first.cookies.clear();
      context.signedIn = Boolean(await signIn(first, options.first));
    },
  },
  {
    operationId: 'signOut',
    async run(context) {
      const { first, report } = context;
      await probeCsrf(context, first, { operationId: 'signOut', method: 'DELETE', path: '/session' }, () => isSignedIn(first));
      const cookie = first.cookieHeader();
      const answer = await first.call('signOut', 'DELETE', '/session');
      const replay = await first.call('getProfile', 'GET', '/me/profile', { cookie });
      if (answer.status === 204 && replay.status === 401) report.pass('signOut', 'sign-out', 'the old cookie is refused after sign-out');
      else report.fail('signOut', 'sign-out', `sign-out answered ${describe(answer)}; the old cookie then got ${describe(replay)} (expected 401)`, 'status');
    },
  },
];

async function restorePreferences(context: CheckContext, operationId: string, original: Json): Promise<void> {
  const { first, report } = context;
  const { channels, topics, advertising, sharing, objection } = original;
  await first.call('updatePreferences', 'PATCH', '/me/preferences', { body: { channels, topics, advertising, sharing, objection } });
  const now = await preferencesOf(first);
  if (JSON.stringify(now) === JSON.stringify(original)) report.pass(operationId, 'restore', 'the marketing choices are back');
  else report.fail(operationId, 'restore', 'could not put the marketing choices back');
}

/** The second account must not read what belongs to the first (a 404, as for an unknown id). */
async function isolation(context: CheckContext, operationId: string, read: (client: CheckClient) => Promise<{ status: number; body: unknown }>): Promise<void> {
  const second = await context.second();
  if (!second) {
    context.report.notChecked(operationId, 'isolation', context.options.second ? 'the second account could not sign in' : 'no second account given (--second-email, --second-password)');
    return;
  }
  const answer = await read(second);
  if (answer.status === 404 || answer.status === 403) context.report.pass(operationId, 'isolation', "neither account can read the other's export");
  else context.report.fail(operationId, 'isolation', `the second account read the first account's export: ${answer.status}`, 'status');
  // And the other way round. (The contract has no operation that changes an export or a
  // request by id, so reading is what there is to refuse.)
  if (operationId !== 'getExport') return;
  const [theirs] = await idsOf(second, 'listExports', '/me/exports');
  const id = theirs ?? bodyOf(await second.call('createExport', 'POST', '/me/exports', { body: { format: 'json', categories: null }, headers: { 'Idempotency-Key': newKey() } })).id;
  if (typeof id !== 'string') {
    context.report.notChecked(operationId, 'isolation', 'the second account has no export, and could not make one, for the first account to try reading');
    return;
  }
  const back = await context.first.call('getExport', 'GET', `/me/exports/${id}`);
  if (back.status === 404 || back.status === 403) context.report.pass(operationId, 'isolation');
  else context.report.fail(operationId, 'isolation', `the first account read the second account's export: ${back.status}`, 'status');
}

async function requestIsolation(context: CheckContext): Promise<void> {
  const second = await context.second();
  if (!second) {
    context.report.notChecked('listRequests', 'isolation', context.options.second ? 'the second account could not sign in' : 'no second account given (--second-email, --second-password)');
    return;
  }
  const theirs = await idsOf(second, 'listRequests', '/me/requests');
  const shared = theirs.filter((id) => context.requestIds.includes(id));
  if (shared.length > 0) context.report.fail('listRequests', 'isolation', `the second account sees the first account's requests: ${shared.join(', ')}`, 'body/items');
  else context.report.pass('listRequests', 'isolation', "neither account's list holds the other's requests");
  const exports = await idsOf(second, 'listExports', '/me/exports');
  if (context.exportId && exports.includes(context.exportId)) context.report.fail('listExports', 'isolation', `the second account lists the first account's export ${context.exportId}`, 'body/items');
  else if (context.exportId) context.report.pass('listExports', 'isolation');
}
