import { screen, waitFor, within } from '@testing-library/react';
import { findCustomerByEmail } from '../../mocks/db';
import { renderSignedIn } from '../utils/render-app';
import { scheduleDeletionOf, signInKeepingDeletion } from '../utils/scheduled-deletion';

// Kept scheduled: the account can be looked at, not changed. Every page that edits something
// switches it off, says why and leads to cancelling the deletion.
const notice = 'Your account is scheduled for deletion, so it cannot be changed.';

function expectNoticeWithWayOut() {
  const text = screen.getByText(notice);
  expect(within(text).getByRole('link', { name: 'Cancel the deletion to make changes' })).toHaveAttribute('href', '/delete-account');
}

describe('while a deletion is scheduled the portal is read-only', () => {
  it('on the profile page every field and button is off, and the page says why', async () => {
    await signInKeepingDeletion('/profile');
    expect(await screen.findByRole('heading', { level: 1, name: 'Correct my data' })).toBeInTheDocument();
    expectNoticeWithWayOut();
    const form = screen.getByRole('form', { name: 'Name, phone, language and addresses' });
    expect(within(form).getByLabelText('First name')).toBeDisabled();
    expect(within(form).getByLabelText('Phone number (optional)')).toBeDisabled();
    expect(within(form).getByRole('button', { name: 'Save changes' })).toBeDisabled();
    expect(within(form).getByRole('button', { name: 'Add an address' })).toBeDisabled();
    const emailChange = screen.getByRole('form', { name: 'Change the e-mail address' });
    expect(within(emailChange).getByLabelText('New e-mail address')).toBeDisabled();
    expect(within(emailChange).getByRole('button', { name: 'Send the code' })).toBeDisabled();
  });

  it('on the preferences page the switches and "stop all marketing" are off, and the page says why', async () => {
    await signInKeepingDeletion('/preferences');
    expect(await screen.findByRole('heading', { level: 1, name: 'Marketing preferences' })).toBeInTheDocument();
    expectNoticeWithWayOut();
    const switches = screen.getAllByRole('switch');
    expect(switches.length).toBeGreaterThan(3);
    for (const control of switches) expect(control).toBeDisabled();
    expect(screen.getByRole('button', { name: 'Stop all marketing' })).toBeDisabled();
    // Looking is still possible.
    expect(screen.getByRole('link', { name: 'History of your choices' })).toBeInTheDocument();
  });

  it('on the orders page correction requests are off, and the page says why', async () => {
    const { user } = await signInKeepingDeletion('/data/orders');
    expect(await screen.findByRole('heading', { level: 1, name: 'Orders and purchase history' })).toBeInTheDocument();
    expectNoticeWithWayOut();
    await user.click(screen.getAllByText(/^Details of order /)[0] as HTMLElement);
    expect(screen.getAllByRole('button', { name: 'Request a correction of this address' })[0]).toBeDisabled();
  });

  it('on My other rights no new request can be sent, and the page says why; the list stays', async () => {
    await signInKeepingDeletion('/requests');
    expect(await screen.findByRole('heading', { level: 1, name: 'My other rights' })).toBeInTheDocument();
    expectNoticeWithWayOut();
    expect(screen.getByRole('radio', { name: /^Ask a question/ })).toBeDisabled();
    expect(screen.getByRole('button', { name: 'Send request' })).toBeDisabled();
    expect(screen.getByRole('heading', { level: 2, name: 'Your requests' })).toBeInTheDocument();
  });

  it('the header’s language switch changes the page but saves nothing', async () => {
    const { user, queryClient } = await signInKeepingDeletion('/');
    await screen.findByRole('heading', { level: 1, name: 'Hello, Anna' });
    const before = findCustomerByEmail('anna@example.com')?.language;
    const mutationsBefore = queryClient.getMutationCache().getAll().length;
    await user.click(screen.getByRole('button', { name: 'Latviešu' }));
    expect(await screen.findByRole('heading', { level: 1, name: 'Sveiki, Anna!' })).toBeInTheDocument();
    // Nothing was sent at all (a refused save would also leave the stored language unchanged).
    expect(queryClient.getMutationCache().getAll()).toHaveLength(mutationsBefore);
    // Another page's data arrives after any save would have been answered (and refused).
    await user.click(within(screen.getByRole('navigation', { name: 'Sadaļas' })).getByRole('link', { name: 'Labot manus datus' }));
    expect(await screen.findByRole('heading', { level: 1, name: 'Labot manus datus' }, { timeout: 5_000 })).toBeInTheDocument();
    expect(screen.queryByText(/neizdevās saglabāt/)).not.toBeInTheDocument();
    expect(findCustomerByEmail('anna@example.com')?.language).toBe(before);
  });

  it('the way out cancels the deletion, and then everything is editable again', async () => {
    const { user } = await signInKeepingDeletion('/profile');
    await screen.findByRole('heading', { level: 1, name: 'Correct my data' });
    await user.click(screen.getByRole('link', { name: 'Cancel the deletion to make changes' }));
    expect(await screen.findByRole('heading', { level: 1, name: 'Delete my account' })).toBeInTheDocument();
    expect(screen.getByText(/already scheduled for deletion on/)).toBeInTheDocument();
    // The page has its own cancel button; the banner's would be a second one.
    await user.click(screen.getByRole('button', { name: 'Cancel deletion' }));
    expect(await screen.findByRole('heading', { level: 1, name: 'Hello, Anna' })).toHaveFocus();
    expect(screen.getByText('Deletion cancelled. Your account stays, and you can use it as before.')).toBeInTheDocument();
    expect(findCustomerByEmail('anna@example.com')?.deletion).toBeNull();

    await user.click(within(screen.getByRole('navigation', { name: 'Sections' })).getByRole('link', { name: 'Correct my data' }));
    await screen.findByRole('heading', { level: 1, name: 'Correct my data' });
    expect(screen.queryByText(notice)).not.toBeInTheDocument();
    expect(screen.getByLabelText('First name')).toBeEnabled();
    expect(screen.getByRole('button', { name: 'Save changes' })).toBeEnabled();
  });
});

// The safety net: the page did not know (the deletion was scheduled elsewhere while it was
// open), so it let the person try. The backend refuses with 409 deletion_pending, and the page
// says exactly that instead of a generic failure.
describe('a change refused because a deletion is scheduled says so', () => {
  const refused = 'Your account is scheduled for deletion, so it cannot be changed. Cancel the deletion to make changes.';

  it('on the profile page: saving the details and changing the e-mail address', async () => {
    const { user } = await renderSignedIn('anna@example.com', '/profile');
    await screen.findByRole('heading', { level: 1, name: 'Correct my data' }, { timeout: 5_000 });
    scheduleDeletionOf('anna@example.com');
    await user.type(screen.getByLabelText('First name'), 'x');
    await user.click(screen.getByRole('button', { name: 'Save changes' }));
    expect(await screen.findByRole('alert')).toHaveTextContent(refused);

    await user.type(screen.getByLabelText('New e-mail address'), 'anna.new@example.com');
    await user.click(screen.getByRole('button', { name: 'Send the code' }));
    await waitFor(() => expect(screen.getByLabelText('New e-mail address')).toHaveAccessibleDescription(expect.stringContaining(refused)));
  });

  it('on the profile page: cancelling an e-mail change under way', async () => {
    const { user } = await renderSignedIn('anna@example.com', '/profile');
    await screen.findByRole('heading', { level: 1, name: 'Correct my data' }, { timeout: 5_000 });
    await user.type(screen.getByLabelText('New e-mail address'), 'anna.new@example.com');
    await user.click(screen.getByRole('button', { name: 'Send the code' }));
    const code = () => screen.getByLabelText('6-digit code');
    await screen.findByLabelText('6-digit code');
    scheduleDeletionOf('anna@example.com');
    await user.click(screen.getByRole('button', { name: 'Cancel the change' }));
    await waitFor(() => expect(code()).toHaveAccessibleDescription(expect.stringContaining(refused)));
    expect(findCustomerByEmail('anna@example.com')?.pendingEmail).not.toBeNull();
  });

  it('on the preferences page: withdrawing the objection to direct marketing', async () => {
    const { user } = await renderSignedIn('anna@example.com', '/preferences');
    await screen.findByRole('heading', { level: 1, name: 'Marketing preferences' });
    await user.click(screen.getByRole('button', { name: 'Stop all marketing' }));
    const withdraw = await screen.findByRole('button', { name: 'Withdraw my objection' });
    scheduleDeletionOf('anna@example.com');
    await user.click(withdraw);
    expect(await screen.findByText(refused)).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Withdraw my objection' })).toBeInTheDocument();
  });

  it('on the orders page: a correction request', async () => {
    const { user } = await renderSignedIn('anna@example.com', '/data/orders');
    await screen.findByRole('heading', { level: 1, name: 'Orders and purchase history' });
    scheduleDeletionOf('anna@example.com');
    await user.click(screen.getAllByText(/^Details of order /)[0] as HTMLElement);
    await user.click(screen.getAllByRole('button', { name: 'Request a correction of this address' })[0] as HTMLElement);
    const dialog = await screen.findByRole('dialog', { name: 'Request a correction' });
    await user.type(within(dialog).getByLabelText('What should it say?'), 'Postal code LV-1002');
    await user.click(within(dialog).getByRole('button', { name: 'Send request' }));
    expect(await within(dialog).findByRole('alert')).toHaveTextContent(refused);
  });

  it('on the preferences page, in Latvian: a switch and "stop all marketing"', async () => {
    const { user } = await renderSignedIn('anna@example.com', '/preferences');
    await screen.findByRole('heading', { level: 1, name: 'Marketing preferences' });
    await user.click(screen.getByRole('button', { name: 'Latviešu' }));
    await screen.findByRole('heading', { level: 1, name: 'Mārketinga izvēles' });
    await waitFor(() => expect(findCustomerByEmail('anna@example.com')?.language).toBe('lv'));
    scheduleDeletionOf('anna@example.com');
    const latvian = 'Jūsu konta dzēšana ir ieplānota, tāpēc to nevar mainīt. Lai veiktu izmaiņas, atceliet dzēšanu.';

    await user.click(screen.getByRole('switch', { name: 'Īsziņas (SMS)' }));
    expect(await screen.findByText(latvian)).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Atteikties no visa mārketinga' }));
    await waitFor(() => expect(screen.getAllByText(latvian)).toHaveLength(2));
    expect(screen.getByRole('switch', { name: 'Īsziņas (SMS)' })).not.toBeChecked();
  });
});
