import { screen, within } from '@testing-library/react';
import { findCustomerByEmail } from '../../../mocks/db';
import { freezeClock } from '../../../mocks/clock';
import { injectFault, type FaultKind } from '../../../mocks/faults';
import { renderSignedIn } from '../../utils/render-app';

// Requesting an export under every fault: the page says what happened and what to do, keeps the
// choices made in the form, and one more press starts exactly one export of what was chosen.
const failures: { fault: FaultKind; says: RegExp }[] = [
  { fault: 'server-error', says: /^We could not start your export because of a problem on our side\. Nothing is lost: try again\./ },
  { fault: 'unavailable', says: /^We could not start your export because of a problem on our side\. Nothing is lost: try again\./ },
  { fault: 'network', says: /^We cannot reach the server\. Check your internet connection and try again\./ },
  { fault: 'rate-limited', says: /^You have requested several exports in a short time\. You can request a new one in 30 seconds \(/ },
  { fault: 'lost-answer', says: /^We cannot reach the server\. Check your internet connection and try again\./ },
];

const exports = () => findCustomerByEmail('anna@example.com')?.exports ?? [];
const requestButton = () => screen.getByRole('button', { name: 'Request export' });

async function openExportPage() {
  const app = await renderSignedIn('anna@example.com', '/export');
  await screen.findByRole('heading', { level: 1, name: 'Download my data' });
  return app;
}

// The export's progress follows the mock clock: keep it still so nothing moves while we look.
beforeEach(() => freezeClock());

describe('requesting an export when something fails', () => {
  it.each(failures)('after $fault it explains, keeps the choice and the next press makes one export', async ({ fault, says }) => {
    const { user } = await openExportPage();
    await user.click(screen.getByRole('radio', { name: /^CSV in a ZIP archive/ }));
    injectFault({ kind: fault, method: 'POST', path: '/me/exports' });
    await user.click(requestButton());
    expect(await screen.findByRole('alert')).toHaveTextContent(says);
    expect(screen.getByRole('radio', { name: /^CSV in a ZIP archive/ })).toBeChecked();
    expect(requestButton()).toBeEnabled();
    expect(exports()).toHaveLength(fault === 'lost-answer' ? 1 : 0);

    // "Try again" where the message offers it, otherwise the form's own button.
    const retry = within(screen.getByRole('alert')).queryByRole('button', { name: 'Try again' });
    await user.click(retry ?? requestButton());
    expect(await screen.findByRole('progressbar', { name: 'Progress of the CSV (ZIP) export' })).toBeInTheDocument();
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
    expect(exports()).toHaveLength(1);
    expect(exports()[0]).toMatchObject({ format: 'csv_zip' });
    expect(within(screen.getByRole('region', { name: 'Your exports' })).getAllByRole('listitem')).toHaveLength(1);
  });

  it('after a lost answer, pressing "Request export" again (not "Try again") still makes no second export', async () => {
    const { user } = await openExportPage();
    injectFault({ kind: 'lost-answer', method: 'POST', path: '/me/exports' });
    await user.click(requestButton());
    await screen.findByRole('alert');
    await user.click(requestButton());
    expect(await screen.findByRole('progressbar', { name: 'Progress of the JSON export' })).toBeInTheDocument();
    expect(exports()).toHaveLength(1);
  });

  it('when the session ends on the way, signing in again in place starts the chosen export once', async () => {
    const { user } = await openExportPage();
    await user.click(screen.getByRole('radio', { name: /^CSV in a ZIP archive/ }));
    injectFault({ kind: 'session-expired', method: 'POST', path: '/me/exports' });
    await user.click(requestButton());
    const reauth = await screen.findByRole('dialog', { name: 'Your session has ended' });
    await user.type(within(reauth).getByLabelText('Password'), 'privacy-demo');
    await user.click(within(reauth).getByRole('button', { name: 'Sign in and continue' }));
    expect(await screen.findByRole('progressbar', { name: 'Progress of the CSV (ZIP) export' })).toBeInTheDocument();
    expect(exports()).toHaveLength(1);
  });
});
