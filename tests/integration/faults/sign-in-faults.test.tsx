import { screen } from '@testing-library/react';
import { findCustomerByEmail } from '../../../mocks/db';
import { injectFault, type FaultKind } from '../../../mocks/faults';
import { renderApp } from '../../utils/render-app';

// Signing in when the network or the server fails: the page says what happened and what to do,
// keeps what was typed (retyping a correct password is no fix for a dropped connection), and
// one more press signs the person in.
const failures: { fault: FaultKind; says: RegExp }[] = [
  { fault: 'server-error', says: /^We could not sign you in because of a problem on our side\. Try again in a moment\.$/ },
  { fault: 'unavailable', says: /^We could not sign you in because of a problem on our side\. Try again in a moment\.$/ },
  { fault: 'network', says: /^We cannot reach the server\. Check your internet connection and try again\.$/ },
  { fault: 'lost-answer', says: /^We cannot reach the server\. Check your internet connection and try again\.$/ },
];

const signIns = () => (findCustomerByEmail('anna@example.com')?.activity ?? []).filter((event) => event.type === 'signed_in').length;

beforeAll(async () => {
  await import('../../../src/features/sign-in/routes/sign-in-route');
  const { unmount } = renderApp('/sign-in');
  await screen.findByRole('heading', { level: 1, name: 'Sign in' }, { timeout: 20_000 });
  unmount();
}, 30_000);

describe('signing in when something fails', () => {
  it.each(failures)('after $fault it explains, keeps the e-mail and password, and the next press signs in', async ({ fault, says }) => {
    const before = signIns();
    const { user } = renderApp('/sign-in');
    await user.type(await screen.findByLabelText('E-mail address'), 'anna@example.com');
    await user.type(screen.getByLabelText('Password'), 'privacy-demo');
    injectFault({ kind: fault, method: 'POST', path: '/session' });
    await user.click(screen.getByRole('button', { name: 'Sign in' }));
    expect(await screen.findByRole('alert')).toHaveTextContent(says);
    expect(screen.getByLabelText('E-mail address')).toHaveValue('anna@example.com');
    expect(screen.getByLabelText('Password')).toHaveValue('privacy-demo');
    expect(screen.getByRole('button', { name: 'Sign in' })).toBeEnabled();

    await user.click(screen.getByRole('button', { name: 'Sign in' }));
    expect(await screen.findByRole('heading', { level: 1, name: 'Hello, Anna' }, { timeout: 10_000 })).toBeInTheDocument();
    // A lost answer leaves one sign-in on record whose cookie never reached the browser: no one
    // holds that session and it ends at the idle timeout. Sign-in has no idempotency key to avoid it.
    expect(signIns()).toBe(before + (fault === 'lost-answer' ? 2 : 1));
  });
});
