import type { QueryClient } from '@tanstack/react-query';
import { parseApiAddress } from '../../api/api-address';
import { apiBaseUrl, configuredApiAddress } from '../../api/base-url';
import type { Organization } from '../../api/types';
import { sessionQueries } from '../../shared/session/api';
import { organizationQueries } from '../../shared/tenant/api';

// Before the portal renders, it checks the operator's configuration once: is the API address
// usable, does something answer there, and is it the contract's API? A broken setup then shows a
// page that says so (configuration-error-page.tsx) instead of a blank screen or a vague error.
// Passing costs nothing: the organization it reads is the first query the app needs anyway.

export type ConfigurationProblem =
  | { kind: 'address'; address: string; detail: string }
  | { kind: 'unreachable'; address: string }
  | { kind: 'not-contract'; address: string; answer: string; contact: { name: string; email: string } | null };

function contactOf(body: unknown): { name: string; email: string } | null {
  if (typeof body !== 'object' || body === null) return null;
  const { name, contacts } = body as { name?: unknown; contacts?: { email?: unknown } };
  return typeof name === 'string' && typeof contacts?.email === 'string' ? { name, email: contacts.email } : null;
}

/** The fields the app cannot start without; a full check is `npm run contract:check`. */
function looksLikeOrganization(body: unknown): body is Organization {
  if (typeof body !== 'object' || body === null) return false;
  const candidate = body as Partial<Organization>;
  return (
    typeof candidate.name === 'string' &&
    Array.isArray(candidate.languages) &&
    typeof candidate.defaultLanguage === 'string' &&
    typeof candidate.brand === 'object' &&
    candidate.brand !== null &&
    typeof candidate.contacts === 'object'
  );
}

export async function checkConfiguration(queryClient: QueryClient): Promise<ConfigurationProblem | null> {
  const address = configuredApiAddress();
  const parsed = parseApiAddress(address);
  if (!parsed.ok) return { kind: 'address', address, detail: parsed.error };
  const base = apiBaseUrl();
  // The session is the app's other first request: it starts now, beside the check, not after it.
  void queryClient.prefetchQuery(sessionQueries.current());
  let response: Response;
  try {
    response = await fetch(`${base}/organization`, { credentials: 'include', headers: { Accept: 'application/json' } });
  } catch {
    // The page itself just came from its own origin, so an API there that does not answer is most
    // likely the customer's connection: the app's own offline page says so. Another origin that
    // does not answer is most likely the setup (CORS, connect-src, DNS): the operator must know.
    const sameOrigin = new URL(base).origin === window.location.origin;
    return sameOrigin || navigator.onLine === false ? null : { kind: 'unreachable', address: base };
  }
  // A server error or a rate limit is passing trouble; the app's error page offers "try again".
  if (response.status >= 500 || response.status === 429) return null;
  const type = response.headers.get('content-type')?.split(';')[0]?.trim() ?? 'no Content-Type';
  const body: unknown = type.includes('json') ? await response.json().catch(() => undefined) : undefined;
  if (response.ok && looksLikeOrganization(body)) {
    queryClient.setQueryData(organizationQueries.detail().queryKey, body);
    return null;
  }
  return { kind: 'not-contract', address: base, answer: `HTTP ${response.status} ${type}`, contact: contactOf(body) };
}
