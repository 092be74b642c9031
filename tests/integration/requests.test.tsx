import { screen, waitFor, within } from '@testing-library/react';
import { getResponse, http, HttpResponse } from 'msw';
import { findCustomerByEmail, getDb, getOrganization, seed } from '../../mocks/db';
import { injectFault } from '../../mocks/faults';
import { handlers } from '../../mocks/handlers';
import { server } from '../../mocks/node';
import type { RightsRequest } from '../../src/api/types';
import { renderApp, renderSignedIn } from '../utils/render-app';

// My other rights: restriction, objection, correction, question as tracked requests with the
// date the company must answer by, and where to complain.

beforeAll(async () => {
  await import('../../src/features/requests/routes/requests-route');
  const { unmount } = renderApp('/sign-in');
  await screen.findByRole('heading', { level: 1 }, { timeout: 20_000 });
  unmount();
}, 30_000);

const day = 86_400_000;
const iso = (ms: number) => new Date(ms).toISOString();
const longDate = (at: string | number) => new Intl.DateTimeFormat('en', { dateStyle: 'long' }).format(new Date(at));

function openRequest(id: string, daysAgo: number, status: RightsRequest['status'], message: string): RightsRequest {
  const createdAt = Date.now() - daysAgo * day;
  return {
    id,
    reference: `PR-2026-09${id.slice(-2)}`,
    type: 'objection',
    status,
    message,
    subject: { categoryId: 'technical', itemId: null, field: null },
    createdAt: iso(createdAt),
    dueAt: iso(createdAt + 30 * day),
    closedAt: null,
    history: [{ status: 'received', at: iso(createdAt) }],
    answer: null,
    refusal: null,
    extension: null,
    recipients: [],
  };
}

async function openRequests(email = 'anna@example.com', heading = 'My other rights') {
  const app = await renderSignedIn(email, '/requests');
  await screen.findByRole('heading', { level: 1, name: heading });
  return app;
}

const list = () => screen.getByRole('region', { name: 'Your requests' });
// The requests themselves, not the steps of their timelines or their recipients.
const items = () => within(list()).getAllByRole('listitem').filter((item) => !item.parentElement?.closest('li'));
const form = () => screen.getByRole('region', { name: 'Make a request' });

/** Asks the server, not the cache, what requests there are. */
async function serverRequests(queryClient: { refetchQueries: (filters: { queryKey: string[] }) => Promise<void> }) {
  await queryClient.refetchQueries({ queryKey: ['requests'] });
  return findCustomerByEmail('anna@example.com')?.requests ?? [];
}

describe('my other rights', () => {
  it('lists requests newest first with their status and the date the answer is due, overdue marked', async () => {
    // The privacy desk is off: nothing answers these, so the older one goes overdue.
    getDb().desk.off = true;
    const anna = findCustomerByEmail('anna@example.com');
    anna?.requests.push(openRequest('req_t_01', 40, 'in_progress', 'Stop the tracking, please.'), openRequest('req_t_02', 3, 'received', 'Why do you keep my IP address?'));
    await openRequests();
    expect(document.title).toBe('My other rights – Aptolux');

    const [recent, overdue, , answered] = items();
    expect(within(recent as HTMLElement).getByRole('heading', { level: 3 })).toHaveTextContent(/^Objection$/);
    expect(recent).toHaveTextContent('Status: Received');
    expect(recent).toHaveTextContent(`We must answer by ${longDate(Date.now() + 27 * day)}.`);
    expect(recent).toHaveTextContent('Technical data');
    expect(recent).toHaveTextContent('Why do you keep my IP address?');
    expect(recent).not.toHaveTextContent('Overdue');

    expect(within(overdue as HTMLElement).getByRole('heading', { level: 3 })).toHaveTextContent(/^Objection$/);
    expect(overdue).toHaveTextContent('Status: Being handled, Overdue');
    expect(overdue).toHaveTextContent(`We had to answer by ${longDate(Date.now() - 10 * day)}. If you have had no answer, you can complain`);

    expect(within(answered as HTMLElement).getByRole('heading', { level: 3 })).toHaveTextContent(/^Question$/);
    expect(answered).toHaveTextContent('Status: Answered');
    expect(answered).toHaveTextContent('PR-2026-0007');
    expect(answered).toHaveTextContent('Contact details: e-mail address');
    expect(answered).toHaveTextContent(/Answered on \w+ \d+, \d{4}\./);
    expect(answered).not.toHaveTextContent('We must answer by');
  });

  it('says so when there are no requests yet', async () => {
    findCustomerByEmail('anna@example.com')?.requests.splice(0);
    await openRequests();
    expect(within(list()).getByText('You have not made any requests yet.')).toBeInTheDocument();
    expect(within(list()).queryByRole('listitem')).not.toBeInTheDocument();
  });

  it('is in the navigation and shows where to complain: the authority and the company', async () => {
    const { user } = await renderSignedIn();
    await screen.findByRole('heading', { level: 1, name: 'Hello, Anna' });
    await user.click(within(screen.getByRole('navigation', { name: 'Sections' })).getByRole('link', { name: 'My other rights' }));
    expect(await screen.findByRole('heading', { level: 1, name: 'My other rights' })).toHaveFocus();
    const card = screen.getByRole('region', { name: 'Complain to the supervisory authority' });
    expect(card).toHaveTextContent('Data State Inspectorate (Datu valsts inspekcija)');
    expect(card).toHaveTextContent('Elijas iela 17, Rīga, LV-1050, Latvia');
    expect(within(card).getByRole('link', { name: 'https://www.dvi.gov.lv' })).toHaveAttribute('href', 'https://www.dvi.gov.lv');
    expect(within(card).getByRole('link', { name: 'pasts@dvi.gov.lv' })).toHaveAttribute('href', 'mailto:pasts@dvi.gov.lv');
    expect(within(card).getByRole('link', { name: 'hello@aptolux.com' })).toHaveAttribute('href', 'mailto:hello@aptolux.com');
    expect(card).toHaveTextContent('Robežu 4, Talsi, LV-3201, Latvia');
    // Aptolux names no data protection officer.
    expect(card).not.toHaveTextContent('Data protection officer');
  });

  it('names the data protection officer when the company has one', async () => {
    server.use(http.get('*/api/v1/organization', () => HttpResponse.json({ ...getOrganization(), dpo: { name: 'Ilze Kalniņa', email: 'dpo@aptolux.example.com' } })));
    await openRequests();
    const card = screen.getByRole('region', { name: 'Complain to the supervisory authority' });
    expect(card).toHaveTextContent('Data protection officerIlze Kalniņa, dpo@aptolux.example.com');
    expect(within(card).getByRole('link', { name: 'dpo@aptolux.example.com' })).toHaveAttribute('href', 'mailto:dpo@aptolux.example.com');
  });

  it.each([
    { kind: /^Restrict how my data is used/, label: 'Restriction of processing', scope: 'Orders and purchase history', message: '' },
    { kind: /^Object to how my data is used/, label: 'Objection', scope: 'Technical data', message: 'Do not use my browsing data for analytics.' },
    { kind: /^Correct data I cannot change here/, label: 'Correction', scope: 'Orders and purchase history', message: 'Order AP-10410 went to my old address.' },
    { kind: /^Ask a question/, label: 'Question', scope: null, message: 'Do you share my phone number with anyone?' },
  ])('files a request: $label', async ({ kind, label, scope, message }) => {
    const { user, queryClient } = await openRequests();
    await user.click(within(form()).getByRole('radio', { name: kind }));
    if (scope) await user.selectOptions(within(form()).getByLabelText('What is it about? (optional)'), scope);
    if (message) await user.type(within(form()).getByLabelText('Your message'), message);
    await user.click(within(form()).getByRole('button', { name: 'Send request' }));

    const confirmation = await within(form()).findByRole('status');
    expect(confirmation).toHaveTextContent(/^Request sent\. Its reference is PR-\d{4}-\d{4}\./);
    const due = longDate(findCustomerByEmail('anna@example.com')?.requests.at(-1)?.dueAt ?? 0);
    expect(confirmation).toHaveTextContent(`We must answer by ${due}.`);
    expect(confirmation).toHaveFocus();

    const [first] = items();
    expect(within(first as HTMLElement).getByRole('heading', { level: 3 })).toHaveTextContent(new RegExp(`^${label}$`));
    expect(first).toHaveTextContent('Status: Received');
    expect(first).toHaveTextContent(`We must answer by ${due}.`);
    expect(first).toHaveTextContent(scope ?? 'Your data in general');
    expect(first).toHaveTextContent(message || 'No message');
    expect(await serverRequests(queryClient)).toHaveLength(3);

    await user.click(within(confirmation).getByRole('button', { name: 'Make another request' }));
    expect(within(form()).getByRole('heading', { name: 'Make a request' })).toHaveFocus();
    expect(within(form()).getByLabelText('Your message')).toHaveValue('');
    expect(within(form()).getByRole('radio', { name: kind })).not.toBeChecked();
  });

  it('points an objection to direct marketing to the preferences, where stopping is immediate', async () => {
    const { user } = await openRequests();
    expect(screen.queryByRole('link', { name: 'Go to marketing preferences' })).not.toBeInTheDocument();
    await user.click(within(form()).getByRole('radio', { name: /^Object to how my data is used/ }));
    expect(within(form()).getByText(/“Stop all marketing” on the marketing preferences page takes effect at once/)).toBeInTheDocument();
    await user.click(within(form()).getByRole('link', { name: 'Go to marketing preferences' }));
    expect(await screen.findByRole('heading', { level: 1, name: 'Marketing preferences' })).toBeInTheDocument();
  });

  it('explains what is missing or too long before sending, and sends nothing until it is right', async () => {
    const { user, queryClient } = await openRequests();
    const send = within(form()).getByRole('button', { name: 'Send request' });
    await user.click(send);
    const summary = within(form()).getByRole('alert');
    expect(summary).toHaveTextContent('Your request was not sent. Check:Choose what you want to do.');
    expect(summary).toHaveFocus();
    expect(within(form()).getByRole('group', { name: 'What do you want to do?' })).toHaveAccessibleDescription('Choose what you want to do.');

    await user.click(within(form()).getByRole('radio', { name: /^Ask a question/ }));
    const message = within(form()).getByLabelText('Your message');
    expect(message).toHaveAccessibleDescription(/^Write your question\. Required\./);
    await user.click(within(summary).getByRole('link', { name: 'Write your question.' }));
    expect(message).toHaveFocus();

    await user.paste(`${'ā'.repeat(3990)} 🥞🥞🥞🥞🥞🥞🥞🥞🥞🥞`);
    // 4,001 characters as the server counts them (each letter and emoji is one).
    expect(message).toHaveAccessibleDescription(/^Shorten your message to at most 4,000 characters; it now has 4,001\./);
    await user.click(send);
    expect(within(form()).getByRole('alert')).toHaveTextContent('Shorten your message to at most 4,000 characters');
    await user.clear(message);
    await user.paste(`${'ā'.repeat(3990)} ${'🥞'.repeat(9)}`);
    expect(message).not.toHaveAccessibleDescription(/Shorten/);
    expect(within(form()).queryByRole('alert')).not.toBeInTheDocument();
    expect(await serverRequests(queryClient)).toHaveLength(2);

    await user.click(send);
    expect(await within(form()).findByRole('status')).toHaveTextContent(/^Request sent\./);
    expect(findCustomerByEmail('anna@example.com')?.requests.at(-1)?.message).toHaveLength(3990 + 1 + 9 * 2); // UTF-16 units: each emoji is two
  });

  it('shows the server’s field errors on the fields', async () => {
    server.use(
      http.post('*/api/v1/me/requests', () =>
        HttpResponse.json(
          { type: 'about:blank', title: 'Invalid', status: 422, code: 'validation_failed', errors: [{ field: 'message', code: 'too_long', limit: 20 }, { field: 'subject.categoryId', code: 'invalid_value' }] },
          { status: 422, headers: { 'Content-Type': 'application/problem+json' } },
        ),
      ),
    );
    const { user } = await openRequests();
    await user.click(within(form()).getByRole('radio', { name: /^Ask a question/ }));
    await user.selectOptions(within(form()).getByLabelText('What is it about? (optional)'), 'Account');
    await user.type(within(form()).getByLabelText('Your message'), 'A question of 31 characters ok?');
    await user.click(within(form()).getByRole('button', { name: 'Send request' }));
    expect(await within(form()).findByRole('alert')).toHaveFocus();
    expect(within(form()).getByLabelText('Your message')).toHaveAccessibleDescription(/^Shorten your message to at most 20 characters; it now has 31\./);
    expect(within(form()).getByLabelText('What is it about? (optional)')).toHaveAccessibleDescription(/^Choose one of the kinds of data in the list\./);
  });

  it('makes one request from a double click', async () => {
    // A slow answer: the second click comes while the first is still on its way.
    injectFault({ kind: 'latency', method: 'POST', path: '/me/requests', ms: 300 });
    const { user, queryClient } = await openRequests();
    await user.click(within(form()).getByRole('radio', { name: /^Ask a question/ }));
    await user.type(within(form()).getByLabelText('Your message'), 'Once, please.');
    await user.dblClick(within(form()).getByRole('button', { name: 'Send request' }));
    await within(form()).findByRole('status');
    // Every answer is in (a second request, had one gone out, could arrive after the first).
    await waitFor(() => expect(queryClient.isMutating()).toBe(0));
    const onServer = await serverRequests(queryClient);
    expect(onServer.filter((request) => request.message === 'Once, please.')).toHaveLength(1);
    expect(within(list()).getAllByText('Once, please.')).toHaveLength(1);
  });

  it('keeps the text when the answer is lost on the way, and sending again files it once', async () => {
    // The server files the request, but its answer never arrives (a dropped connection).
    server.use(
      http.post('*/api/v1/me/requests', async ({ request }) => {
        await getResponse(handlers, request);
        return HttpResponse.error();
      }, { once: true }),
    );
    const { user, queryClient } = await openRequests();
    await user.click(within(form()).getByRole('radio', { name: /^Correct data I cannot change here/ }));
    await user.type(within(form()).getByLabelText('Your message'), 'My surname is Bērziņa, not Berzina.');
    await user.click(within(form()).getByRole('button', { name: 'Send request' }));
    expect(await within(form()).findByRole('alert')).toHaveTextContent('We cannot reach the server. Check your internet connection and send again: your text is still here.');
    expect(within(form()).getByLabelText('Your message')).toHaveValue('My surname is Bērziņa, not Berzina.');
    expect(within(form()).getByRole('radio', { name: /^Correct data I cannot change here/ })).toBeChecked();

    await user.click(within(form()).getByRole('button', { name: 'Send request' }));
    expect(await within(form()).findByRole('status')).toHaveTextContent(/^Request sent\./);
    const onServer = await serverRequests(queryClient);
    expect(onServer.filter((request) => request.message === 'My surname is Bērziņa, not Berzina.')).toHaveLength(1);
    expect(items()).toHaveLength(3);
  });

  it('keeps the text after a server error', async () => {
    server.use(http.post('*/api/v1/me/requests', () => HttpResponse.json({ type: 'about:blank', title: 'Oops', status: 500, code: 'internal' }, { status: 500, headers: { 'Content-Type': 'application/problem+json' } }), { once: true }));
    const { user } = await openRequests();
    await user.click(within(form()).getByRole('radio', { name: /^Ask a question/ }));
    await user.type(within(form()).getByLabelText('Your message'), 'Still here?');
    await user.click(within(form()).getByRole('button', { name: 'Send request' }));
    expect(await within(form()).findByRole('alert')).toHaveTextContent('We could not send your request because of a problem on our side. Your text is still here');
    expect(within(form()).getByLabelText('Your message')).toHaveValue('Still here?');
  });

  it('explains that an account scheduled for deletion takes no new requests', async () => {
    const { user } = await openRequests();
    const anna = findCustomerByEmail('anna@example.com');
    if (anna) anna.deletion = { requestedAt: iso(Date.now()), scheduledFor: iso(Date.now() + 14 * day), reason: null };
    await user.click(within(form()).getByRole('radio', { name: /^Restrict how my data is used/ }));
    await user.type(within(form()).getByLabelText('Your message'), 'Keep it, but do not use it.');
    await user.click(within(form()).getByRole('button', { name: 'Send request' }));
    expect(await within(form()).findByRole('alert')).toHaveTextContent(
      'Your account is scheduled for deletion, so it cannot take new requests unless you cancel the deletion. Your text is kept here. You can also write to hello@aptolux.com.',
    );
    expect(within(form()).getByLabelText('Your message')).toHaveValue('Keep it, but do not use it.');
    expect(anna?.requests).toHaveLength(2);
  });

  it('shows hostile text as text', async () => {
    const hostile = '<img src=x onerror="alert(1)"><b>bold</b> {name} ‮evil';
    const { user } = await openRequests();
    await user.click(within(form()).getByRole('radio', { name: /^Ask a question/ }));
    await user.click(within(form()).getByLabelText('Your message'));
    await user.paste(hostile);
    await user.click(within(form()).getByRole('button', { name: 'Send request' }));
    await within(form()).findByRole('status');
    expect(within(items()[0] as HTMLElement).getByText(hostile)).toBeInTheDocument();
    expect(screen.getByRole('main').querySelector('img, b')).toBeNull();
  });

  it('lists the correction of an order address asked for on “Your data”', async () => {
    // The list is already cached when the correction is filed elsewhere.
    const { user } = await openRequests();
    expect(items()).toHaveLength(2);
    await user.click(within(screen.getByRole('navigation', { name: 'Sections' })).getByRole('link', { name: 'Your data' }));
    await screen.findByRole('heading', { level: 1, name: 'Your data' });
    await user.click(screen.getByRole('link', { name: 'See everything in “Orders and purchase history”' }));
    await screen.findByRole('heading', { level: 1, name: 'Orders and purchase history' });
    await user.click(screen.getAllByText(/^Details of order /)[0] as HTMLElement);
    await user.click(screen.getAllByRole('button', { name: 'Request a correction of this address' })[0] as HTMLElement);
    const dialog = await screen.findByRole('dialog', { name: 'Request a correction' });
    await user.type(within(dialog).getByLabelText('What should it say?'), 'Parauga iela 3-15, not 3-14.');
    await user.click(within(dialog).getByRole('button', { name: 'Send request' }));
    const received = await within(dialog).findByText(/^Request PR-\d{4}-\d{4} received\.$/);
    const reference = /PR-\d{4}-\d{4}/.exec(received.textContent ?? '')?.[0] ?? '';
    await user.click(within(dialog).getByRole('button', { name: 'Close' }));

    await user.click(within(screen.getByRole('navigation', { name: 'Sections' })).getByRole('link', { name: 'My other rights' }));
    await screen.findByRole('heading', { level: 1, name: 'My other rights' });
    await waitFor(() => expect(items()).toHaveLength(3));
    const [first] = items();
    expect(first).toHaveTextContent(reference);
    expect(within(first as HTMLElement).getByRole('heading', { level: 3 })).toHaveTextContent(/^Correction$/);
    expect(first).toHaveTextContent('Status: Received');
    expect(first).toHaveTextContent('Orders and purchase history: delivery address');
    expect(first).toHaveTextContent('Parauga iela 3-15, not 3-14.');
  });

  it('speaks Latvian to Jānis of Fotolukss', async () => {
    seed('fotolukss');
    const { user } = await openRequests('janis@example.lv', 'Citas manas tiesības');
    expect(document.title).toBe('Citas manas tiesības – Fotolukss');
    const janisList = screen.getByRole('region', { name: 'Jūsu pieprasījumi' });
    expect(within(janisList).getByText('Jums vēl nav neviena pieprasījuma.')).toBeInTheDocument();
    const complaint = screen.getByRole('region', { name: 'Sūdzība uzraudzības iestādei' });
    expect(complaint).toHaveTextContent('Uzraudzības iestāde');
    expect(complaint).toHaveTextContent('Datu valsts inspekcija');
    // Postal addresses name the country in the page language.
    expect(complaint).toHaveTextContent('Elijas iela 17, Rīga, LV-1050, Latvija');
    expect(complaint).toHaveTextContent('Parauga iela 1, Rīga, LV-1001, Latvija');
    expect(complaint).not.toHaveTextContent('Latvia');
    expect(within(complaint).getByRole('link', { name: 'digital@fotolukss.lv' })).toBeInTheDocument();

    const janisForm = screen.getByRole('region', { name: 'Iesniegt pieprasījumu' });
    await user.click(within(janisForm).getByRole('button', { name: 'Nosūtīt pieprasījumu' }));
    expect(within(janisForm).getByRole('alert')).toHaveTextContent('Pieprasījums netika nosūtīts. Pārbaudiet:Izvēlieties, ko vēlaties darīt.');
    await user.click(within(janisForm).getByRole('radio', { name: /^Uzdot jautājumu/ }));
    await user.selectOptions(within(janisForm).getByLabelText('Par ko tas ir? (nav obligāti)'), 'Augšupielādētie faili');
    await user.type(within(janisForm).getByLabelText('Jūsu ziņa'), 'Cik ilgi glabājat manas fotogrāfijas?');
    await user.click(within(janisForm).getByRole('button', { name: 'Nosūtīt pieprasījumu' }));

    const confirmation = await within(janisForm).findByRole('status');
    expect(confirmation).toHaveTextContent(/^Pieprasījums nosūtīts\. Tā numurs ir PR-\d{4}-\d{4}\./);
    const due = new Intl.DateTimeFormat('lv', { dateStyle: 'long' }).format(new Date(findCustomerByEmail('janis@example.lv')?.requests.at(-1)?.dueAt ?? 0));
    expect(confirmation).toHaveTextContent(`Atbildes termiņš: ${due}.`);
    const [first] = within(janisList).getAllByRole('listitem');
    expect(within(first as HTMLElement).getByRole('heading', { level: 3 })).toHaveTextContent(/^Jautājums$/);
    expect(first).toHaveTextContent('Statuss: Saņemts');
    expect(first).toHaveTextContent('Cik ilgi glabājat manas fotogrāfijas?');
  });
});
