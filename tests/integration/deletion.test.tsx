import { act, screen, within } from '@testing-library/react';
import { advanceClock } from '../../mocks/clock';
import { findCustomerByEmail, seed } from '../../mocks/db';
import { holdRequest, injectFault } from '../../mocks/faults';
import { renderSignedIn } from '../utils/render-app';

type App = Awaited<ReturnType<typeof renderSignedIn>>;

async function toConfirmation({ user }: App, continueName = 'I understand, continue') {
  await screen.findByRole('heading', { level: 2, name: /What happens|Kas notiek/ });
  await user.click(screen.getByRole('button', { name: continueName }));
  return screen.findByRole('heading', { level: 2, name: /^Confirm|^Apstipriniet/ });
}

async function fillConfirmation({ user }: App, email = 'anna@example.com', password = 'privacy-demo') {
  await user.type(screen.getByLabelText(/^Password$|^Parole$/), password);
  await user.type(screen.getByLabelText(/E-mail address of your account|Jūsu konta e-pasta adrese/), email);
}

async function signInAgain({ user }: App, email = 'anna@example.com') {
  await user.type(await screen.findByLabelText(/^E-mail address$|^E-pasta adrese$/), email);
  await user.type(screen.getByLabelText(/^Password$|^Parole$/), 'privacy-demo');
  await user.click(screen.getByRole('button', { name: /^Sign in$|^Pieslēgties$/ }));
}

async function scheduleAnnasDeletion() {
  const app = await renderSignedIn('anna@example.com', '/delete-account');
  await toConfirmation(app);
  await fillConfirmation(app);
  await app.user.click(screen.getByRole('button', { name: 'Delete my account' }));
  await screen.findByRole('heading', { level: 1, name: 'Your account will be deleted' });
  return app;
}

function scheduledDeletions(email: string) {
  return findCustomerByEmail(email)?.activity.filter((event) => event.type === 'deletion_scheduled').length;
}

describe('delete my account: the consequences', () => {
  it('are built from the shop’s rules and Anna’s own data', async () => {
    await renderSignedIn('anna@example.com', '/delete-account');
    expect(await screen.findByRole('heading', { level: 1, name: 'Delete my account' })).toBeInTheDocument();
    expect(screen.getByText('Step 1 of 2')).toBeInTheDocument();
    const deleted = screen.getByRole('region', { name: 'What is deleted' });
    expect(within(deleted).getByText(/^Your \d+ reviews stay published, but anonymised/)).toBeInTheDocument();
    expect(within(deleted).getByText(/^Your order history \(\d+ orders\)/)).toBeInTheDocument();
    expect(within(deleted).getByText(/saved payment method/)).toBeInTheDocument();
    expect(within(deleted).queryByText(/Uploaded files|uploaded file/)).not.toBeInTheDocument();
    const kept = screen.getByRole('region', { name: 'What we must keep, and why' });
    expect(within(kept).getByText('Order records and invoices')).toBeInTheDocument();
    expect(kept).toHaveTextContent('The Latvian Accounting Law (Grāmatvedības likums) requires us to keep them. Kept for: 5 years.');
    expect(kept).toHaveTextContent('Open orders');
    expect(kept).toHaveTextContent('Kept for: Until the order is fulfilled.');
    expect(screen.getByRole('region', { name: 'Who we tell' })).toHaveTextContent(
      'We tell every company that received your data that it must be erased there too (GDPR Article 19): Wix.com, Klaviyo, Inc., Pipedrive, PayPal, Stripe, Meta Platforms, Inc. (Facebook), Google LLC, and Zapier, Inc.',
    );
    expect(screen.getByRole('region', { name: 'When it happens' })).toHaveTextContent(/deleted 14 days after you confirm.*Cancel deletion/);
    expect(within(screen.getByRole('main')).getByRole('link', { name: 'Download my data' })).toHaveAttribute('href', '/export');
  });

  it('are built from the photo lab’s rules and Jānis’s data, in Latvian', async () => {
    seed('fotolukss');
    await renderSignedIn('janis@example.lv', '/delete-account');
    expect(await screen.findByRole('heading', { level: 1, name: 'Dzēst manu kontu' })).toBeInTheDocument();
    const deleted = screen.getByRole('region', { name: 'Kas tiek dzēsts' });
    expect(within(deleted).getByText(/augšupielādēt/)).toBeInTheDocument();
    expect(within(deleted).getByText(/Atsauksmes un komentāri: jums tādu nav\.|atsauksm\S+ tiek dzēst/)).toBeInTheDocument();
    expect(screen.getByRole('region', { name: 'Kas mums jāsaglabā un kāpēc' })).toHaveTextContent(
      'Rēķini un pasūtījumu ieraksti: Tos mums liek glabāt Grāmatvedības likums. Glabāšanas laiks: 5 gadi.',
    );
    expect(screen.getByRole('region', { name: 'Kad tas notiek' })).toHaveTextContent('Konts tiek dzēsts uzreiz pēc apstiprināšanas. To nevar atsaukt.');
    expect(screen.getByRole('region', { name: 'Ko mēs informējam' })).toHaveTextContent(
      'Saņēmēji: Maksājumu banka (fiktīva), Piegādes serviss (fiktīvs) un Mitināšanas pakalpojums (fiktīvs)',
    );
  });
});

describe('delete my account: the confirmation', () => {
  it('is a step with its own title; going back gives the first title back', async () => {
    const app = await renderSignedIn('anna@example.com', '/delete-account');
    await screen.findByRole('heading', { level: 1, name: 'Delete my account' });
    expect(document.title).toBe('Delete my account – Aptolux');
    await toConfirmation(app);
    expect(document.title).toBe('Confirm deletion – Delete my account – Aptolux');
    await app.user.click(screen.getByRole('button', { name: 'Back' }));
    expect(document.title).toBe('Delete my account – Aptolux');
  });

  it('keeps the button unavailable, saying what is missing, until the password and the typed e-mail are right', async () => {
    const app = await renderSignedIn('anna@example.com', '/delete-account');
    await toConfirmation(app);
    const submit = screen.getByRole('button', { name: 'Delete my account' });
    // Announced and shown as unavailable, yet still focusable, so its description can be found.
    expect(submit).toHaveAttribute('aria-disabled', 'true');
    expect(submit).toBeEnabled();
    expect(submit).toHaveAccessibleDescription(/enter your password and type the e-mail address of your account exactly/);
    await app.user.click(submit);
    expect(screen.getByLabelText('Password')).toHaveFocus();
    expect(screen.getByLabelText('Password')).toHaveAccessibleDescription('Enter your password.');
    expect(screen.getByLabelText('E-mail address of your account')).toHaveAccessibleDescription(/Type the e-mail address of your account\./);

    await app.user.type(screen.getByLabelText('Password'), 'privacy-demo');
    expect(submit).toHaveAttribute('aria-disabled', 'true');
    await app.user.type(screen.getByLabelText('E-mail address of your account'), 'anna@example.org');
    expect(submit).toHaveAttribute('aria-disabled', 'true');
    await app.user.click(submit);
    expect(screen.getByLabelText('E-mail address of your account')).toHaveFocus();
    expect(screen.getByLabelText('E-mail address of your account')).toHaveAccessibleDescription(
      /This is not the e-mail address of your account\. Type anna@example\.com\./,
    );
    // Enter in a field is a press of the unavailable button too: it sends nothing.
    await app.user.type(screen.getByLabelText('Password'), '{Enter}');
    expect(screen.getByLabelText('E-mail address of your account')).toHaveFocus();
    expect(screen.getByRole('heading', { level: 1, name: 'Delete my account' })).toBeInTheDocument();
    expect(findCustomerByEmail('anna@example.com')?.deletion).toBeNull();

    // The typed address counts without surrounding spaces and regardless of capitals.
    await app.user.clear(screen.getByLabelText('E-mail address of your account'));
    await app.user.type(screen.getByLabelText('E-mail address of your account'), ' ANNA@example.com ');
    expect(submit).not.toHaveAttribute('aria-disabled');
    expect(submit).toHaveAccessibleDescription(/deleted 14 days from now\. Until then you can cancel by signing in\./);
    // Without the password it is unavailable again.
    await app.user.clear(screen.getByLabelText('Password'));
    expect(submit).toHaveAttribute('aria-disabled', 'true');
    // Going back shows the consequences again; nothing was sent.
    await app.user.click(screen.getByRole('button', { name: 'Back' }));
    expect(screen.getByRole('heading', { level: 2, name: 'What happens when you delete your account' })).toHaveFocus();
    await app.user.click(screen.getByRole('button', { name: 'I understand, continue' }));
    expect(screen.getByLabelText('E-mail address of your account')).toHaveValue('ANNA@example.com');
    expect(findCustomerByEmail('anna@example.com')?.deletion).toBeNull();
  });

  it('says so at the field when the password is wrong, and keeps the rest', async () => {
    const app = await renderSignedIn('anna@example.com', '/delete-account');
    await toConfirmation(app);
    await fillConfirmation(app, 'anna@example.com', 'not-my-password');
    await app.user.click(screen.getByRole('radio', { name: 'I get too many e-mails' }));
    await app.user.type(screen.getByLabelText('Anything you want to tell us (optional)'), 'Thanks for everything');
    await app.user.click(screen.getByRole('button', { name: 'Delete my account' }));

    const password = await screen.findByLabelText('Password');
    expect(await screen.findByText('This password is not right. Enter it again.')).toBeInTheDocument();
    expect(password).toHaveFocus();
    expect(password).toHaveValue('');
    expect(screen.getByLabelText('E-mail address of your account')).toHaveValue('anna@example.com');
    expect(screen.getByRole('radio', { name: 'I get too many e-mails' })).toBeChecked();
    expect(screen.getByLabelText('Anything you want to tell us (optional)')).toHaveValue('Thanks for everything');

    await app.user.type(password, 'privacy-demo');
    await app.user.click(screen.getByRole('button', { name: 'Delete my account' }));
    expect(await screen.findByRole('heading', { level: 1, name: 'Your account will be deleted' })).toBeInTheDocument();
  });

  it('creates one deletion from a double click', async () => {
    const app = await renderSignedIn('anna@example.com', '/delete-account');
    await toConfirmation(app);
    await fillConfirmation(app);
    // The first request is answered only after the second click, however slow the machine.
    const first = holdRequest({ method: 'POST', path: '/me/deletion' });
    await app.user.dblClick(screen.getByRole('button', { name: 'Delete my account' }));
    await first.arrived;
    first.release();
    expect(await screen.findByRole('heading', { level: 1, name: 'Your account will be deleted' })).toBeInTheDocument();
    expect(scheduledDeletions('anna@example.com')).toBe(1);
  });

  it('after a network error, pressing again sends the same request once more and deletes once', async () => {
    const app = await renderSignedIn('anna@example.com', '/delete-account');
    await toConfirmation(app);
    await fillConfirmation(app);
    injectFault({ kind: 'network', method: 'POST', path: '/me/deletion', times: 1 });
    await app.user.click(screen.getByRole('button', { name: 'Delete my account' }));
    expect(await screen.findByRole('alert')).toHaveTextContent(/could not reach the server.*deleted only once/);
    expect(screen.getByLabelText('Password')).toHaveValue('privacy-demo');
    await app.user.click(screen.getByRole('button', { name: 'Delete my account' }));
    expect(await screen.findByRole('heading', { level: 1, name: 'Your account will be deleted' })).toBeInTheDocument();
    expect(scheduledDeletions('anna@example.com')).toBe(1);
  });
  it('when the answer is lost on the way back, pressing again gets the same deletion, not a second one', async () => {
    const app = await renderSignedIn('anna@example.com', '/delete-account');
    await toConfirmation(app);
    await fillConfirmation(app);
    // The backend schedules the deletion, but the connection drops before the answer arrives.
    const realFetch = globalThis.fetch;
    let dropped = false;
    globalThis.fetch = async (input, init) => {
      const request = new Request(input, init);
      const response = await realFetch(request);
      if (!dropped && request.method === 'POST' && request.url.endsWith('/me/deletion')) {
        dropped = true;
        throw new TypeError('Failed to fetch');
      }
      return response;
    };
    try {
      await app.user.click(screen.getByRole('button', { name: 'Delete my account' }));
      expect(await screen.findByRole('alert')).toHaveTextContent(/could not reach the server/);
      await app.user.click(screen.getByRole('button', { name: 'Delete my account' }));
      // Here the lost answer's cookie change still applied, so the backend asks who this is;
      // once signed in again, the same key replays the deletion that already happened.
      const dialog = await screen.findByRole('dialog', { name: 'Your session has ended' });
      await app.user.type(within(dialog).getByLabelText('Password'), 'privacy-demo');
      await app.user.click(within(dialog).getByRole('button', { name: 'Sign in and continue' }));
      expect(await screen.findByRole('heading', { level: 1, name: 'Your account will be deleted' })).toBeInTheDocument();
    } finally {
      globalThis.fetch = realFetch;
    }
    expect(scheduledDeletions('anna@example.com')).toBe(1);
  });
});

describe('delete my account: after scheduling', () => {
  it('ends the session and says what happens next, when, how to cancel and whom to ask', async () => {
    const app = await scheduleAnnasDeletion();
    const main = screen.getByRole('main');
    expect(main).toHaveTextContent(/We will delete your account and your personal data on \w+ \d+, \d{4}\. You have been signed out\./);
    expect(main).toHaveTextContent(/Sign in again before \w+ \d+, \d{4} and choose “Cancel deletion”/);
    expect(main).toHaveTextContent(/such as invoices, are kept until \w+ \d+, \d{4}/);
    expect(main).toHaveTextContent('When your account is deleted, we tell the companies that received your data to erase it too (GDPR Article 19): Wix.com, Klaviyo, Inc.,');
    expect(within(main).getByRole('link', { name: /@/ })).toHaveAttribute('href', expect.stringMatching(/^mailto:/));
    expect(app.router.state.location.pathname).toBe('/goodbye');
    expect(app.router.state.location.search).toBe('');
    // Signed out: the portal asks to sign in again.
    await act(() => app.router.navigate('/'));
    expect(await screen.findByRole('heading', { level: 1, name: 'Sign in' })).toBeInTheDocument();
  });

  it('signing in during the grace period offers to cancel; cancelling brings the account back', async () => {
    const app = await scheduleAnnasDeletion();
    await app.user.click(screen.getByRole('link', { name: 'Sign in to cancel the deletion' }));
    await signInAgain(app);
    expect(await screen.findByRole('heading', { level: 1, name: 'Your account is scheduled for deletion' })).toBeInTheDocument();
    // A page of its own: the tab does not show the title of the page waiting underneath.
    expect(document.title).toBe('Your account is scheduled for deletion – Aptolux');
    expect(screen.getByRole('main')).toHaveTextContent(/It will be deleted on \w+ \d+, \d{4}\./);
    await app.user.click(screen.getByRole('button', { name: 'Cancel deletion' }));
    expect(await screen.findByText('Deletion cancelled. Your account stays, and you can use it as before.')).toBeInTheDocument();
    expect(screen.getByRole('heading', { level: 1, name: 'Hello, Anna' })).toHaveFocus();
    expect(findCustomerByEmail('anna@example.com')?.deletion).toBeNull();
  });

  it('signing in during the grace period can keep the deletion scheduled, read-only', async () => {
    const app = await scheduleAnnasDeletion();
    await act(() => app.router.navigate('/sign-in'));
    await signInAgain(app);
    await screen.findByRole('heading', { level: 1, name: 'Your account is scheduled for deletion' });
    expect(document.title).toBe('Your account is scheduled for deletion – Aptolux');
    await app.user.click(screen.getByRole('button', { name: 'Keep it scheduled' }));
    expect(await screen.findByRole('heading', { level: 1, name: 'Hello, Anna' })).toHaveFocus();
    expect(document.title).toBe('Overview – Aptolux');
    expect(screen.getByText(/Your account will be deleted on \w+ \d+, \d{4}\. Until then it can be viewed but not changed\./)).toBeInTheDocument();
    await app.user.click(within(screen.getByRole('navigation', { name: 'Sections' })).getByRole('link', { name: 'Delete my account' }));
    expect(await screen.findByText(/already scheduled for deletion on/)).toBeInTheDocument();
    expect(findCustomerByEmail('anna@example.com')?.deletion).not.toBeNull();
  });

  it('goes on in the language Anna reads, the dates after a label, and so does signing in to cancel', async () => {
    findCustomerByEmail('anna@example.com')!.language = 'lv';
    const app = await renderSignedIn('anna@example.com', '/delete-account');
    await toConfirmation(app, 'Saprotu, turpināt');
    await fillConfirmation(app);
    await app.user.click(screen.getByRole('button', { name: 'Dzēst manu kontu' }));
    expect(await screen.findByRole('heading', { level: 1, name: 'Jūsu konts tiks dzēsts' })).toBeInTheDocument();
    const scheduled = findCustomerByEmail('anna@example.com')!.deletion!.scheduledFor;
    const date = new Intl.DateTimeFormat('lv', { dateStyle: 'long' }).format(new Date(scheduled));
    const main = screen.getByRole('main');
    expect(main).toHaveTextContent(`Jūsu konta un personas datu dzēšanas datums: ${date}. Sesija ir beigta.`);
    expect(main).toHaveTextContent(`Līdz dzēšanas datumam (${date}) pieslēdzieties vēlreiz un izvēlieties “Atcelt dzēšanu”.`);
    expect(main).toHaveTextContent(/Glabāšanas termiņš: \d{4}\. gada \d+\. \p{L}+\./u);
    expect(main).toHaveTextContent('Sazinieties ar uzņēmumu Aptolux:');
    await app.user.click(screen.getByRole('link', { name: 'Pieslēgties, lai atceltu dzēšanu' }));
    await signInAgain(app);
    expect(await screen.findByRole('heading', { level: 1, name: 'Jūsu konta dzēšana ir ieplānota' })).toBeInTheDocument();
    expect(screen.getByRole('main')).toHaveTextContent(`Jūs lūdzāt dzēst savu kontu. Dzēšanas datums: ${date}.`);
  });

  it('after the grace period the account is gone: signing in fails as for an unknown account', async () => {
    const app = await scheduleAnnasDeletion();
    advanceClock(15 * 24 * 3600_000);
    await act(() => app.router.navigate('/sign-in'));
    await signInAgain(app);
    expect(await screen.findByRole('alert')).toHaveTextContent('The e-mail address or password is not right.');
    expect(findCustomerByEmail('anna@example.com')).toBeUndefined();
  });
});

describe('delete my account: the photo lab deletes at once', () => {
  it('says it cannot be undone, deletes, and signing in then fails', async () => {
    seed('fotolukss');
    const app = await renderSignedIn('janis@example.lv', '/delete-account');
    await toConfirmation(app, 'Saprotu, turpināt');
    expect(screen.getByText('To nevar atsaukt')).toBeInTheDocument();
    await fillConfirmation(app, 'janis@example.lv');
    const submit = screen.getByRole('button', { name: 'Dzēst manu kontu tagad' });
    expect(submit).toHaveAccessibleDescription('Konts tiks dzēsts uzreiz. To nevar atsaukt.');
    await app.user.click(submit);
    expect(await screen.findByRole('heading', { level: 1, name: 'Jūsu konts ir dzēsts' })).toBeInTheDocument();
    expect(screen.getByRole('main')).not.toHaveTextContent(/Atcelt dzēšanu|Pieslēgties/);
    expect(screen.getByRole('main')).toHaveTextContent(
      'Mēs paziņojam uzņēmumiem, kas saņēma jūsu datus, ka arī tiem tie jādzēš (VDAR 19. pants). Saņēmēji: Maksājumu banka (fiktīva), Piegādes serviss (fiktīvs) un Mitināšanas pakalpojums (fiktīvs)',
    );
    await act(() => app.router.navigate('/sign-in'));
    await signInAgain(app, 'janis@example.lv');
    expect(await screen.findByRole('alert')).toHaveTextContent('E-pasta adrese vai parole nav pareiza');
  });
});
