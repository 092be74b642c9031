import { screen, waitFor, within } from '@testing-library/react';
import { advanceClock, now } from '../../mocks/clock';
import { findCustomerByEmail, getDb, seed } from '../../mocks/db';
import { renderApp, renderSignedIn } from '../utils/render-app';

// A rights request moves: the demo company's privacy desk answers on the mock clock, the page
// shows each state with its timeline, judges "overdue" by the backend's time, lets the customer
// withdraw an open request and shows which recipients were told (GDPR Art. 19).

beforeAll(async () => {
  await import('../../src/features/requests/routes/requests-route');
  const { unmount } = renderApp('/sign-in');
  await screen.findByRole('heading', { level: 1 }, { timeout: 20_000 });
  unmount();
}, 30_000);

const hour = 3_600_000;
const day = 24 * hour;
const longDate = (at: string | number, language = 'en') => new Intl.DateTimeFormat(language, { dateStyle: 'long' }).format(new Date(at));

const list = (name = 'Your requests') => screen.getByRole('region', { name });
// The requests themselves, not the steps of their timelines or their recipients.
const items = (name?: string) => within(list(name)).getAllByRole('listitem').filter((item) => !item.parentElement?.closest('li'));
const form = () => screen.getByRole('region', { name: 'Make a request' });
const newest = (name?: string) => items(name)[0] as HTMLElement;

async function openRequests(email = 'anna@example.com', heading = 'My other rights') {
  const app = await renderSignedIn(email, '/requests');
  await screen.findByRole('heading', { level: 1, name: heading });
  return app;
}

async function file(kind: RegExp, message: string, scope?: string) {
  const app = await openRequests();
  const { user } = app;
  await user.click(within(form()).getByRole('radio', { name: kind }));
  if (scope) await user.selectOptions(within(form()).getByLabelText('What is it about? (optional)'), scope);
  if (message) await user.type(within(form()).getByLabelText('Your message'), message);
  await user.click(within(form()).getByRole('button', { name: 'Send request' }));
  await within(form()).findByRole('status');
  return app;
}

/** Time passes (the session ends meanwhile); she signs in again and opens her requests. */
async function later(ms: number, unmount: () => void, email?: string, heading?: string) {
  unmount();
  advanceClock(ms);
  return openRequests(email, heading);
}

const steps = (item: HTMLElement) => within(within(item).getByRole('list', { name: /What happened|Norise/ })).getAllByRole('listitem').map((step) => step.textContent);

describe('a rights request’s lifecycle', () => {
  it('answers a question two days after it was filed, with a timeline and a link to the result', async () => {
    const { unmount } = await file(/^Ask a question/, 'Who receives my phone number?');
    const filedAt = now().getTime();
    expect(newest()).toHaveTextContent('Status: Received');
    expect(newest()).toHaveTextContent(`We must answer by ${longDate(findCustomerByEmail('anna@example.com')?.requests.at(-1)?.dueAt ?? 0)}.`);
    expect(newest()).toHaveTextContent(/\d+ days left\./);

    const { unmount: second } = await later(day + hour, unmount);
    expect(newest()).toHaveTextContent('Status: Being handled');
    expect(steps(newest())).toEqual([`${longDate(filedAt)}We received it`, `${longDate(filedAt + day)}We started handling it`]);

    await later(day, second);
    expect(newest()).toHaveTextContent('Status: Answered');
    expect(newest()).toHaveTextContent(`Answered on ${longDate(filedAt + 2 * day)}.`);
    expect(within(newest()).getByRole('heading', { level: 4, name: 'Our answer' })).toBeInTheDocument();
    expect(newest()).toHaveTextContent('Thank you for your question.');
    expect(within(newest()).getByRole('link', { name: 'See the result' })).toHaveAttribute('href', '/data');
    expect(steps(newest())).toEqual([
      `${longDate(filedAt)}We received it`,
      `${longDate(filedAt + day)}We started handling it`,
      `${longDate(filedAt + 2 * day)}We answered`,
    ]);
    // Answered: nothing left to withdraw, nobody to tell about a question.
    expect(within(newest()).queryByRole('button', { name: 'Withdraw request' })).not.toBeInTheDocument();
    expect(newest()).not.toHaveTextContent('Recipients told');
  });

  it('extends a correction on day 25 with the reason and the new due date, then answers it', async () => {
    const { unmount } = await file(/^Correct data I cannot change here/, 'Order AP-10410 went to my old address.', 'Orders and purchase history');
    const request = findCustomerByEmail('anna@example.com')?.requests.at(-1);
    const firstDue = request?.dueAt ?? '';

    const { unmount: second } = await later(25 * day + hour, unmount);
    expect(newest()).toHaveTextContent('Status: More time needed');
    expect(within(newest()).getByRole('heading', { level: 4, name: 'We need more time' })).toBeInTheDocument();
    const newDue = findCustomerByEmail('anna@example.com')?.requests.at(-1)?.dueAt ?? '';
    expect(Date.parse(newDue)).toBeGreaterThan(Date.parse(firstDue) + 55 * day);
    expect(newest()).toHaveTextContent(`New due date: ${longDate(newDue)}.`);
    expect(newest()).toHaveTextContent('Why: The order records are kept by our accounting partner');
    expect(newest()).toHaveTextContent('up to two more months');
    expect(steps(newest()).at(-1)).toBe(`${longDate(Date.parse(request?.createdAt ?? '') + 25 * day)}We extended the time to answer`);

    // Past the first due date, but within the extension: not overdue.
    const { unmount: third } = await later(10 * day, second);
    expect(newest()).toHaveTextContent('Status: More time needed');
    expect(newest()).not.toHaveTextContent('Overdue');

    await later(5 * day, third);
    expect(newest()).toHaveTextContent('Status: Answered');
    expect(newest()).toHaveTextContent('We have corrected the data as you asked.');
  });

  it('shows a refused request with its reason and the right to complain and to go to court', async () => {
    await openRequests();
    const refused = items().find((item) => within(item).queryByText('PR-2026-0019')) as HTMLElement;
    expect(refused).toHaveTextContent('Status: Refused');
    expect(refused).toHaveTextContent(/Refused on \w+ \d+, \d{4}\./);
    expect(within(refused).getByRole('heading', { level: 4, name: 'Why we refused' })).toBeInTheDocument();
    expect(refused).toHaveTextContent('We must keep your orders and invoices for 5 years under the accounting law');
    expect(refused).toHaveTextContent(
      'If you disagree, you can complain to the supervisory authority, Data State Inspectorate (Datu valsts inspekcija), and you can take the matter to court (GDPR Articles 12(4), 77 and 79).',
    );
  });

  it('judges overdue by the backend’s clock: with the desk off and 40 days passed, the question is late', async () => {
    getDb().desk.off = true;
    const { unmount } = await file(/^Ask a question/, 'Anyone there?');
    const due = findCustomerByEmail('anna@example.com')?.requests.at(-1)?.dueAt ?? '';
    // Only the backend's clock moves; this device still thinks it is the day of filing.
    await later(40 * day, unmount);
    expect(newest()).toHaveTextContent('Status: Received, Overdue');
    expect(newest()).toHaveTextContent(`We had to answer by ${longDate(due)}. If you have had no answer, you can complain to the supervisory authority (below).`);
    const late = Math.ceil((now().getTime() - Date.parse(due)) / day);
    expect(newest()).toHaveTextContent(`${late} days late.`);
  });

  it('withdraws an open request after asking once more, says so and keeps focus on it', async () => {
    const { user } = await file(/^Object to how my data is used/, 'Stop the analytics.', 'Technical data');
    await user.click(within(newest()).getByRole('button', { name: 'Withdraw request' }));
    const reference = findCustomerByEmail('anna@example.com')?.requests.at(-1)?.reference ?? '';
    const dialog = await screen.findByRole('dialog', { name: `Withdraw request ${reference}?` });
    expect(dialog).toHaveTextContent('We will stop handling it and will not answer it.');
    // Cancel is the safe default.
    expect(within(dialog).getByRole('button', { name: 'Cancel' })).toHaveFocus();
    await user.click(within(dialog).getByRole('button', { name: 'Withdraw' }));

    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
    expect(await within(newest()).findByRole('status')).toHaveTextContent(`Request ${reference} withdrawn.`);
    expect(within(newest()).getByRole('heading', { level: 3, name: 'Objection' })).toHaveFocus();
    expect(newest()).toHaveTextContent('Status: Withdrawn');
    expect(newest()).toHaveTextContent(/Withdrawn on \w+ \d+, \d{4}\./);
    expect(steps(newest()).at(-1)).toMatch(/You withdrew it$/);
    expect(within(newest()).queryByRole('button', { name: 'Withdraw request' })).not.toBeInTheDocument();
    expect(findCustomerByEmail('anna@example.com')?.requests.at(-1)?.status).toBe('withdrawn');
  });

  it('keeps the request when the withdrawal is cancelled', async () => {
    const { user } = await file(/^Ask a question/, 'Keep this one.');
    await user.click(within(newest()).getByRole('button', { name: 'Withdraw request' }));
    const dialog = await screen.findByRole('dialog');
    await user.click(within(dialog).getByRole('button', { name: 'Cancel' }));
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
    expect(newest()).toHaveTextContent('Status: Received');
    expect(findCustomerByEmail('anna@example.com')?.requests.at(-1)?.status).toBe('received');
  });

  it('shows which recipients were told of a restriction: to be told, told, failing and retried, not needed', async () => {
    const { unmount, user: first } = await file(/^Restrict how my data is used/, '', 'Contact details');
    const summary = () => within(newest()).getByText(/^Recipients told:/);
    expect(summary()).toHaveTextContent('Recipients told: none of 4 yet');
    await first.click(summary());
    const recipient = (name: string) => within(newest()).getByText(name).closest('li') as HTMLElement;
    expect(recipient('Wix.com')).toHaveTextContent('To be told');
    expect(recipient('Stripe')).toHaveTextContent('Not needed: it never received this data');

    // Carried out on day 3; the desk tells recipients within the day.
    const { unmount: second, user } = await later(3 * day + 7 * hour, unmount);
    expect(newest()).toHaveTextContent('Status: Answered');
    expect(summary()).toHaveTextContent('Recipients told: 3 of 4');
    await user.click(summary());
    const toldAt = longDate(findCustomerByEmail('anna@example.com')?.requests.at(-1)?.recipients.find((notice) => notice.recipientId === 'wix')?.toldAt ?? '');
    expect(recipient('Wix.com')).toHaveTextContent(`Told: ${toldAt}`);
    expect(recipient('Klaviyo, Inc.')).toHaveTextContent('Told:');
    expect(recipient('Zapier, Inc.')).toHaveTextContent('Told:');
    expect(recipient('Pipedrive')).toHaveTextContent('Could not be reached; we are trying again');
    expect(recipient('PayPal')).toHaveTextContent('Not needed');

    const { user: third } = await later(12 * hour, second);
    expect(summary()).toHaveTextContent('Recipients told: 4 of 4');
    await third.click(summary());
    expect(recipient('Pipedrive')).toHaveTextContent('Told:');
  });

  it('lists the objection recorded by “Stop all marketing” as a request carried out at once', async () => {
    const { user } = await openRequests();
    await user.click(within(screen.getByRole('navigation', { name: 'Sections' })).getByRole('link', { name: 'Marketing preferences' }));
    await screen.findByRole('heading', { level: 1, name: 'Marketing preferences' });
    await user.click(screen.getByRole('button', { name: 'Stop all marketing' }));
    await waitFor(() => expect(findCustomerByEmail('anna@example.com')?.requests.some((request) => request.type === 'objection')).toBe(true));

    await user.click(within(screen.getByRole('navigation', { name: 'Sections' })).getByRole('link', { name: 'My other rights' }));
    await screen.findByRole('heading', { level: 1, name: 'My other rights' });
    await waitFor(() => expect(within(newest()).getByRole('heading', { level: 3 })).toHaveTextContent('Objection'));
    expect(newest()).toHaveTextContent('Status: Answered');
    expect(newest()).toHaveTextContent('We stopped all marketing at once');
    expect(within(newest()).getByRole('link', { name: 'See the result' })).toHaveAttribute('href', '/preferences');
    expect(newest()).toHaveTextContent('Consents and marketing choices');
  });
  it('lists an export as an access request, answered when the file is ready', async () => {
    const { user } = await renderSignedIn('anna@example.com', '/export');
    await screen.findByRole('heading', { level: 1, name: 'Download my data' });
    await user.click(screen.getByRole('button', { name: 'Request export' }));
    await screen.findByRole('progressbar', { name: 'Progress of the JSON export' });
    const navigation = screen.getByRole('navigation', { name: 'Sections' });
    await user.click(within(navigation).getByRole('link', { name: 'My other rights' }));
    await screen.findByRole('heading', { level: 1, name: 'My other rights' });
    expect(within(newest()).getByRole('heading', { level: 3 })).toHaveTextContent('Copy of my data');
    expect(newest()).toHaveTextContent('Status: Received');
    // An export is undone by letting it expire, not withdrawn here.
    expect(within(newest()).queryByRole('button', { name: 'Withdraw request' })).not.toBeInTheDocument();

    advanceClock(20_000);
    await user.click(within(navigation).getByRole('link', { name: 'Download my data' }));
    await screen.findByRole('heading', { level: 1, name: 'Download my data' });
    await user.click(within(navigation).getByRole('link', { name: 'My other rights' }));
    await screen.findByRole('heading', { level: 1, name: 'My other rights' });
    await waitFor(() => expect(newest()).toHaveTextContent('Status: Answered'));
    expect(newest()).toHaveTextContent('The copy of your data is ready to download.');
    expect(within(newest()).getByRole('link', { name: 'See the result' })).toHaveAttribute('href', '/export');
  });
});


describe('a rights request’s lifecycle in Latvian', () => {
  it('shows Jānis the states, the days left and the timeline in Latvian', async () => {
    seed('fotolukss');
    const { unmount, user } = await openRequests('janis@example.lv', 'Citas manas tiesības');
    const janisForm = () => screen.getByRole('region', { name: 'Iesniegt pieprasījumu' });
    await user.click(within(janisForm()).getByRole('radio', { name: /^Labot datus/ }));
    await user.type(within(janisForm()).getByLabelText('Jūsu ziņa'), 'Pasūtījumā ir nepareiza adrese.');
    await user.click(within(janisForm()).getByRole('button', { name: 'Nosūtīt pieprasījumu' }));
    await within(janisForm()).findByRole('status');
    const janis = () => newest('Jūsu pieprasījumi');
    const request = findCustomerByEmail('janis@example.lv')?.requests.at(-1);
    expect(janis()).toHaveTextContent('Statuss: Saņemts');
    expect(janis()).toHaveTextContent(`Atbildes termiņš: ${longDate(request?.dueAt ?? '', 'lv')}.`);
    // A month has 28–31 days: Latvian says "Atlikušas 30 dienas" but "Atlikusi 31 diena".
    expect(janis()).toHaveTextContent(/Atlikušas (28|29|30) dienas\.|Atlikusi 31 diena\./);

    await later(25 * day + hour, unmount, 'janis@example.lv', 'Citas manas tiesības');
    expect(janis()).toHaveTextContent('Statuss: Termiņš pagarināts');
    expect(within(janis()).getByRole('heading', { level: 4, name: 'Mums vajag vairāk laika' })).toBeInTheDocument();
    const newDue = findCustomerByEmail('janis@example.lv')?.requests.at(-1)?.dueAt ?? '';
    expect(janis()).toHaveTextContent(`Jaunais atbildes termiņš: ${longDate(newDue, 'lv')}.`);
    expect(janis()).toHaveTextContent('Iemesls: Pasūtījumu ierakstus glabā mūsu grāmatvedības partneris');
    expect(steps(janis())).toEqual([
      `${longDate(request?.createdAt ?? '', 'lv')}Pieprasījums saņemts`,
      `${longDate(Date.parse(request?.createdAt ?? '') + day, 'lv')}Sākta izskatīšana`,
      `${longDate(Date.parse(request?.createdAt ?? '') + 25 * day, 'lv')}Atbildes termiņš pagarināts`,
    ]);
    expect(within(janis()).getByRole('button', { name: 'Atsaukt pieprasījumu' })).toBeInTheDocument();
  });
});
