import { screen, waitFor, within } from '@testing-library/react';
import { http, HttpResponse } from 'msw';
import { findCustomerByEmail, seed } from '../../mocks/db';
import { injectFault } from '../../mocks/faults';
import { server } from '../../mocks/node';
import { expectConsoleError } from '../utils/fail-on-console-error';
import { renderApp, renderSignedIn } from '../utils/render-app';

const card = (name: string) => screen.getByRole('region', { name });

// The first render of a file compiles the lazy routes and warms the mock backend; on a busy
// machine that alone can outlast Testing Library's one-second wait. Do it once, up front.
beforeAll(async () => {
  await Promise.all([
    import('../../src/features/my-data/routes/my-data-route'),
    import('../../src/features/my-data/routes/category-route'),
  ]);
  const { unmount } = renderApp('/sign-in');
  await screen.findByRole('heading', { level: 1 }, { timeout: 20_000 });
  unmount();
}, 30_000);

describe('see my data', () => {
  it('shows Anna every Aptolux category with her values and why, from where, for whom and how long', async () => {
    await renderSignedIn('anna@example.com', '/data');
    expect(await screen.findByRole('heading', { level: 1, name: 'Your data' })).toBeInTheDocument();
    expect(document.title).toBe('Your data – Aptolux');
    const names = screen.getAllByRole('heading', { level: 2 }).map((heading) => heading.textContent);
    expect(names).toEqual([
      'Identity',
      'Contact details',
      'Addresses',
      'Account',
      'Orders and purchase history',
      'Payment methods',
      'Reviews, comments and feedback',
      'Communications',
      'Technical data',
      'Consents and marketing choices',
    ]);
    const identity = card('Identity');
    expect(within(identity).getByText('Bērziņa')).toBeInTheDocument();
    expect(within(identity).getByText('Needed for our contract with you (GDPR Art. 6(1)(b))')).toBeInTheDocument();
    expect(within(identity).getByText('To create and manage your customer account')).toBeInTheDocument();
    expect(within(identity).getByText('You, when you create an account or place an order')).toBeInTheDocument();
    expect(within(identity).getByText(/While your account exists; the name on order records/)).toBeInTheDocument();
    // Recipients with role and country; outside the EU/EEA is marked, Ireland is not.
    const klaviyo = within(identity).getByText('Klaviyo, Inc.').closest('li') as HTMLElement;
    expect(klaviyo).toHaveTextContent('United States');
    expect(klaviyo).toHaveTextContent('Outside the EU/EEA');
    expect(klaviyo).toHaveTextContent('processes it for us');
    const stripe = within(identity).getByText('Stripe').closest('li') as HTMLElement;
    expect(stripe).toHaveTextContent('Ireland');
    expect(stripe).not.toHaveTextContent('Outside the EU/EEA');

    expect(within(card('Contact details')).getByText('anna@example.com')).toBeInTheDocument();
    expect(within(card('Contact details')).getByText('+37120000001')).toBeInTheDocument();
    expect(within(card('Addresses')).getByText(/Parauga iela 3-14/)).toBeInTheDocument();
    const account = card('Account');
    expect(within(account).getByText('A-100234')).toBeInTheDocument();
    expect(within(account).getByText(/^Set, last changed on /)).toBeInTheDocument();
    expect(document.body).not.toHaveTextContent('privacy-demo');
    expect(await within(card('Orders and purchase history')).findByText('25 orders')).toBeInTheDocument();
    expect(within(card('Payment methods')).getByText('Visa ending in 4242')).toBeInTheDocument();
    expect(within(card('Payment methods')).getByText(/expires 08\/2028/)).toBeInTheDocument();
    expect(within(card('Reviews, comments and feedback')).getByText('7 texts')).toBeInTheDocument();
    expect(within(card('Communications')).getByText('5 messages')).toBeInTheDocument();
    expect(within(card('Technical data')).getByText('198.51.100.23')).toBeInTheDocument();
    const consents = card('Consents and marketing choices');
    expect(within(consents).getByRole('link', { name: 'Change your marketing choices' })).toHaveAttribute('href', '/preferences');
  });

  it('shows each category on its own page in full', async () => {
    const { user } = await renderSignedIn('anna@example.com', '/data');
    await screen.findByRole('heading', { level: 1, name: 'Your data' });
    await user.click(screen.getByRole('link', { name: 'See everything in “Reviews, comments and feedback”' }));
    expect(await screen.findByRole('heading', { level: 1, name: 'Reviews, comments and feedback' })).toBeInTheDocument();
    expect(screen.getByText('Heavy, heats evenly. Perfect for pancakes 🥞')).toBeInTheDocument();
    expect(screen.getByText('Showing 7 of 7')).toBeInTheDocument();
    expect(screen.getAllByText(/· Not published$/)).toHaveLength(2);
    await user.click(screen.getByRole('link', { name: '← All your data' }));
    expect(await screen.findByRole('heading', { level: 1, name: 'Your data' })).toBeInTheDocument();
  });

  it('shows the bulk customer 10,000 orders and 500 reviews without loading them all', async () => {
    await renderSignedIn('bulk@example.com', '/data');
    expect(await screen.findByText('10,000 orders')).toBeInTheDocument();
    expect(screen.getAllByRole('heading', { level: 2 })).toHaveLength(10);
    expect(within(card('Identity')).getByText('Test Customer')).toBeInTheDocument();
    expect(within(card('Contact details')).getByText('bulk@example.com')).toBeInTheDocument();
    expect(within(card('Contact details')).getByText('No phone number')).toBeInTheDocument();
    expect(within(card('Addresses')).getByText(/Parauga iela 100/)).toBeInTheDocument();
    expect(within(card('Account')).getByText('A-100999')).toBeInTheDocument();
    expect(within(card('Payment methods')).getByText('Mastercard ending in 4444')).toBeInTheDocument();
    expect(screen.getByText('500 texts')).toBeInTheDocument();
    expect(within(card('Communications')).getByText('30 messages')).toBeInTheDocument();
    expect(within(card('Technical data')).getByText('192.0.2.200')).toBeInTheDocument();
    expect(within(card('Consents and marketing choices')).getByRole('link', { name: 'Change your marketing choices' })).toBeInTheDocument();
  });

  it('pages through the bulk customer’s orders 100 at a time', async () => {
    const { user } = await renderSignedIn('bulk@example.com', '/data/orders');
    expect(await screen.findByRole('heading', { level: 1, name: 'Orders and purchase history' })).toBeInTheDocument();
    expect(screen.getByText('Showing 100 of 10,000')).toBeInTheDocument();
    expect(screen.getAllByText(/^Order AP-/)).toHaveLength(100);
    await user.click(screen.getByRole('button', { name: 'Load more' }));
    expect(await screen.findByText('Showing 200 of 10,000')).toBeInTheDocument();
    expect(screen.getAllByText(/^Order AP-/)).toHaveLength(200);
  });

  it('shows Jānis the photo lab’s categories in Latvian, with his photo files as plain text', async () => {
    seed('fotolukss');
    const { user } = await renderSignedIn('janis@example.lv', '/data');
    expect(await screen.findByRole('heading', { level: 1, name: 'Jūsu dati' })).toBeInTheDocument();
    expect(screen.getAllByRole('heading', { level: 2 }).map((heading) => heading.textContent)).toEqual([
      'Identitāte',
      'Kontaktinformācija',
      'Adreses',
      'Konts',
      'Pasūtījumi',
      'Maksājumi',
      'Saziņa',
      'Augšupielādētie faili',
      'Tehniskie dati',
      'Piekrišanas',
    ]);
    const region = (name: string) => screen.getByRole('region', { name });
    expect(within(region('Identitāte')).getByText('Ozoliņš')).toBeInTheDocument();
    expect(within(region('Identitāte')).getByText(/VDAR 6\. panta 1\. punkta b\)/)).toBeInTheDocument();
    expect(within(region('Kontaktinformācija')).getByText('janis@example.lv')).toBeInTheDocument();
    expect(within(region('Adreses')).getByText(/Parauga iela 7-12/)).toBeInTheDocument();
    expect(within(region('Konts')).getByText(/^Iestatīta; pēdējās izmaiņas: /)).toBeInTheDocument();
    expect(within(region('Pasūtījumi')).getByText('8 pasūtījumi')).toBeInTheDocument();
    expect(within(region('Maksājumi')).getByText('Bankas maksājums')).toBeInTheDocument();
    expect(within(region('Saziņa')).getByText('2 ziņas')).toBeInTheDocument();
    expect(within(region('Augšupielādētie faili')).getByText(/^\d+ fail[siu]$/)).toBeInTheDocument();
    expect(within(region('Tehniskie dati')).getByText('198.51.100.77')).toBeInTheDocument();
    expect(within(region('Piekrišanas')).getByRole('link', { name: 'Mainīt mārketinga izvēles' })).toBeInTheDocument();
    await user.click(screen.getByRole('link', { name: 'Skatīt visu sadaļā “Augšupielādētie faili”' }));
    await screen.findByRole('heading', { level: 1, name: 'Augšupielādētie faili' });
    while (screen.queryByRole('button', { name: 'Ielādēt vairāk' })) {
      await user.click(screen.getByRole('button', { name: 'Ielādēt vairāk' }));
      await waitFor(() => expect(screen.queryByRole('button', { name: 'Ielādē vēl…' })).not.toBeInTheDocument());
    }
    expect(screen.getByText('Jūrmala_saulriets.jpg')).toBeInTheDocument();
  });

  it('shows a category that fails on its own, with "Try again", while the rest of the page works', async () => {
    expectConsoleError(/error occurred in the <OrderValues> component/);
    injectFault({ kind: 'server-error', method: 'GET', path: '/me/orders' });
    const { user } = await renderSignedIn('anna@example.com', '/data');
    await screen.findByRole('heading', { level: 1, name: 'Your data' });
    const orders = card('Orders and purchase history');
    expect(within(orders).getByRole('alert')).toHaveTextContent('This part could not be loaded.');
    expect(within(card('Identity')).getByText('Bērziņa')).toBeInTheDocument();
    expect(within(card('Reviews, comments and feedback')).getByText('7 texts')).toBeInTheDocument();
    await user.click(within(orders).getByRole('button', { name: 'Try again' }));
    expect(await within(orders).findByText('25 orders')).toBeInTheDocument();
    expect(within(orders).queryByRole('alert')).not.toBeInTheDocument();
  });

  it('shows the failure on a category page too, and recovers', async () => {
    expectConsoleError(/error occurred in the <TechnicalValues> component/);
    injectFault({ kind: 'unavailable', method: 'GET', path: '/me/technical' });
    const { user } = await renderSignedIn('anna@example.com', '/data/technical');
    expect(await screen.findByRole('heading', { level: 1, name: 'Technical data' })).toBeInTheDocument();
    expect(screen.getByRole('alert')).toHaveTextContent('This part could not be loaded.');
    expect(screen.getByText('How long we keep it')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Try again' }));
    expect(await screen.findByText('iPhone · Safari 18')).toBeInTheDocument();
  });

  it('says so when a category is empty', async () => {
    server.use(http.get('*/api/v1/me/communications', () => HttpResponse.json({ items: [], nextCursor: null, total: 0 })));
    server.use(http.get('*/api/v1/me/payment-methods', () => HttpResponse.json({ items: [] })));
    await renderSignedIn('anna@example.com', '/data');
    await screen.findByRole('heading', { level: 1, name: 'Your data' });
    expect(within(card('Communications')).getByText('We have no messages or calls with you on record.')).toBeInTheDocument();
    expect(within(card('Payment methods')).getByText('You have no saved payment methods.')).toBeInTheDocument();
  });

  it('shows what people wrote as text, never as HTML, however long', async () => {
    const hostile = '<script>alert("x")</script><b>bold</b>';
    server.use(
      http.get('*/api/v1/me/reviews', () =>
        HttpResponse.json({
          items: [{ id: 'rev_x', kind: 'review', subject: hostile, rating: 1, text: `${'Ļoti '.repeat(300)}garš`, createdAt: '2026-01-02T10:00:00Z', published: true }],
          nextCursor: null,
          total: 1,
        }),
      ),
    );
    await renderSignedIn('anna@example.com', '/data/reviews');
    expect(await screen.findByText(hostile)).toBeInTheDocument();
    expect(document.querySelector('b, main script')).toBeNull();
  });

  it('files a correction request for a past order’s address and confirms it with the reference', async () => {
    const { user } = await renderSignedIn('anna@example.com', '/data/orders');
    await screen.findByRole('heading', { level: 1, name: 'Orders and purchase history' });
    const [first] = screen.getAllByText(/^Details of order /);
    await user.click(first as HTMLElement);
    await user.click(screen.getAllByRole('button', { name: 'Request a correction of this address' })[0] as HTMLElement);
    const dialog = await screen.findByRole('dialog', { name: 'Request a correction' });
    const message = within(dialog).getByLabelText('What should it say?');
    expect(message).toHaveFocus();
    await user.click(within(dialog).getByRole('button', { name: 'Send request' }));
    expect(within(dialog).getByText('Write what should be corrected.')).toBeInTheDocument();
    expect(message).toHaveAccessibleDescription(/Write what should be corrected/);
    await user.type(message, 'The flat number is 15, not 14: Parauga iela 3-15.');
    await user.click(within(dialog).getByRole('button', { name: 'Send request' }));
    expect(await within(dialog).findByText(/^Request PR-\d{4}-\d{4} received\.$/)).toBeInTheDocument();
    expect(within(dialog).getByText(/^We will answer by /)).toBeInTheDocument();
    await user.click(within(dialog).getByRole('button', { name: 'Close' }));
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
  });

  it('keeps what was typed when the correction request fails, and sends it on a second try', async () => {
    injectFault({ kind: 'server-error', method: 'POST', path: '/me/requests' });
    const { user } = await renderSignedIn('anna@example.com', '/data/orders');
    await screen.findByRole('heading', { level: 1, name: 'Orders and purchase history' });
    await user.click(screen.getAllByText(/^Details of order /)[0] as HTMLElement);
    await user.click(screen.getAllByRole('button', { name: 'Request a correction of this address' })[0] as HTMLElement);
    const dialog = await screen.findByRole('dialog', { name: 'Request a correction' });
    await user.type(within(dialog).getByLabelText('What should it say?'), 'Postal code LV-1002');
    await user.click(within(dialog).getByRole('button', { name: 'Send request' }));
    expect(await within(dialog).findByRole('alert')).toHaveTextContent(/^We could not send your request because of a problem on our side\./);
    expect(within(dialog).getByLabelText('What should it say?')).toHaveValue('Postal code LV-1002');
    await user.click(within(dialog).getByRole('button', { name: 'Send request' }));
    expect(await within(dialog).findByText(/^Request PR-\d{4}-\d{4} received\.$/)).toBeInTheDocument();
  });

  it('files one correction when the answer to the first send is lost and the person sends again', async () => {
    // The backend files the request, but its answer never arrives (a dropped connection).
    injectFault({ kind: 'lost-answer', method: 'POST', path: '/me/requests' });
    const { user } = await renderSignedIn('anna@example.com', '/data/orders');
    await screen.findByRole('heading', { level: 1, name: 'Orders and purchase history' });
    await user.click(screen.getAllByText(/^Details of order /)[0] as HTMLElement);
    await user.click(screen.getAllByRole('button', { name: 'Request a correction of this address' })[0] as HTMLElement);
    const dialog = await screen.findByRole('dialog', { name: 'Request a correction' });
    await user.type(within(dialog).getByLabelText('What should it say?'), 'Flat 15, not 14.');
    await user.click(within(dialog).getByRole('button', { name: 'Send request' }));
    expect(await within(dialog).findByRole('alert')).toHaveTextContent(/^We could not reach the server/);
    await user.click(within(dialog).getByRole('button', { name: 'Send request' }));
    expect(await within(dialog).findByText(/^Request PR-\d{4}-\d{4} received\.$/)).toBeInTheDocument();
    const filed = findCustomerByEmail('anna@example.com')?.requests.filter((request) => request.message === 'Flat 15, not 14.') ?? [];
    expect(filed).toHaveLength(1);
  });
});
