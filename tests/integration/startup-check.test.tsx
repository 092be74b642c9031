import { render, screen } from '@testing-library/react';
import { createQueryClient } from '../../src/app/query-client';
import { checkConfiguration } from '../../src/app/startup/check-configuration';
import { ConfigurationErrorPage } from '../../src/app/startup/configuration-error-page';
import { i18nStore } from '../../src/shared/i18n/i18n-store';
import { organizationQueries } from '../../src/shared/tenant/api';

// At start the portal checks its configuration: a malformed API address, an API that does not
// answer, or one that answers something other than the contract shows a page that says so — an
// apology (and the company's contact when known) for the customer, what to fix for the operator.

function setApiAddress(address: string | null): void {
  document.head.querySelector('meta[name="privacy-portal-api"]')?.remove();
  if (address === null) return;
  const meta = document.createElement('meta');
  meta.name = 'privacy-portal-api';
  meta.content = address;
  document.head.append(meta);
}

// Answers only the start-up check's request; the session prefetch beside it goes on to the demo backend.
function answerOrganizationWith(response: () => Response | Promise<Response>) {
  const real = globalThis.fetch;
  vi.spyOn(globalThis, 'fetch').mockImplementation((input, init) =>
    String(input instanceof Request ? input.url : input).endsWith('/organization') ? Promise.resolve().then(response) : real(input, init),
  );
}

async function showPage(language: 'en' | 'lv', problem: NonNullable<Awaited<ReturnType<typeof checkConfiguration>>>) {
  await i18nStore.apply(language);
  render(<ConfigurationErrorPage problem={problem} />);
}

describe('start-up configuration check', () => {
  afterEach(() => setApiAddress(null));

  it('lets a correct setup start, with the organization already loaded', async () => {
    setApiAddress('/api/v1');
    const queryClient = createQueryClient();
    expect(await checkConfiguration(queryClient)).toBeNull();
    expect(queryClient.getQueryData(organizationQueries.detail().queryKey)?.name).toBe('Aptolux');
  });

  it('names a malformed API address and where to fix it', async () => {
    setApiAddress('htp:/api.example.com');
    const problem = await checkConfiguration(createQueryClient());
    expect(problem).toMatchObject({ kind: 'address', address: 'htp:/api.example.com' });
    await showPage('en', problem!);
    expect(screen.getByRole('heading', { level: 1, name: 'The privacy portal cannot open right now' })).toHaveFocus();
    expect(screen.getByRole('alert')).toHaveTextContent('We are sorry: this page is not set up correctly');
    expect(screen.getByText(/The API address in index.html .* is “htp:\/api.example.com”/)).toHaveTextContent('npm run configure -- --api-url');
    expect(screen.getByText('If you need help now, contact the company through its website.')).toBeInTheDocument();
    expect(document.title).toBe('The privacy portal cannot open right now');
  });

  it('says when an API on another origin does not answer', async () => {
    setApiAddress('https://api.example.com/api/v1');
    answerOrganizationWith(() => Promise.reject(new TypeError('Failed to fetch')));
    const problem = await checkConfiguration(createQueryClient());
    expect(problem).toEqual({ kind: 'unreachable', address: 'https://api.example.com/api/v1' });
    await showPage('lv', problem!);
    expect(screen.getByRole('heading', { level: 1, name: 'Privātuma portālu pašlaik nevar atvērt' })).toBeInTheDocument();
    expect(screen.getByText(/API adrese https:\/\/api.example.com\/api\/v1 neatbildēja/)).toHaveTextContent('connect-src');
  });

  it('leaves a dropped connection to its own origin to the app’s offline page (most likely the customer’s network)', async () => {
    setApiAddress('/api/v1');
    answerOrganizationWith(() => Promise.reject(new TypeError('Failed to fetch')));
    expect(await checkConfiguration(createQueryClient())).toBeNull();
  });

  it('says when the address answers with something that is not the contract (the web server’s index.html)', async () => {
    setApiAddress('/api/v1');
    answerOrganizationWith(() => new Response('<!doctype html><title>Shop</title>', { headers: { 'Content-Type': 'text/html' } }));
    const problem = await checkConfiguration(createQueryClient());
    expect(problem).toMatchObject({ kind: 'not-contract', answer: 'HTTP 200 text/html', contact: null });
    await showPage('en', problem!);
    expect(screen.getByText(/answered GET \/organization with HTTP 200 text\/html/)).toHaveTextContent('npm run contract:check');
  });

  it('gives the company’s contact when the answer names it', async () => {
    setApiAddress('/api/v1');
    answerOrganizationWith(() => Response.json({ name: 'Fotolukss', contacts: { email: 'info@fotolukss.example' } }));
    const problem = await checkConfiguration(createQueryClient());
    expect(problem).toMatchObject({ kind: 'not-contract', contact: { name: 'Fotolukss', email: 'info@fotolukss.example' } });
    await showPage('lv', problem!);
    expect(screen.getByText(/rakstiet uzņēmumam Fotolukss/)).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'info@fotolukss.example' })).toHaveAttribute('href', 'mailto:info@fotolukss.example');
  });

  it('leaves passing server trouble to the app’s own error page (which offers to try again)', async () => {
    setApiAddress('/api/v1');
    answerOrganizationWith(() => Response.json({ type: 'about:blank', title: 'Unavailable', status: 503, code: 'unavailable' }, { status: 503 }));
    expect(await checkConfiguration(createQueryClient())).toBeNull();
  });
});
