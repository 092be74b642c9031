import { screen } from '@testing-library/react';
import { clearFaults, injectFault } from '../../../mocks/faults';
import { configureAnswerTimeout } from '../../../src/api/answer-timeout';
import { findSaved, openProfile, stored } from '../../utils/profile-page';

// A server that stops answering must not leave a button spinning forever. The portal waits
// 30 seconds in production; here one second stands for it, against a stall of ten.
describe('a save that gets no answer', () => {
  afterEach(() => configureAnswerTimeout(null));

  it('gives up waiting, says so, keeps the typing, and the next try saves once', async () => {
    const { user } = await openProfile();
    configureAnswerTimeout(1_000);
    const first = screen.getByLabelText('First name');
    await user.clear(first);
    await user.type(first, 'Ģirts');
    injectFault({ kind: 'latency', ms: 10_000, method: 'PATCH', path: '/me/profile' });
    await user.click(screen.getByRole('button', { name: 'Save changes' }));
    expect(await screen.findByRole('alert', {}, { timeout: 4_000 })).toHaveTextContent(/could not reach the server/);
    expect(screen.getByRole('button', { name: 'Save changes' })).toBeEnabled();
    expect(screen.getByLabelText('First name')).toHaveValue('Ģirts');

    clearFaults();
    await user.click(screen.getByRole('button', { name: 'Save changes' }));
    expect(await findSaved()).toBeInTheDocument();
    expect(stored().firstName).toBe('Ģirts');
  });
});
