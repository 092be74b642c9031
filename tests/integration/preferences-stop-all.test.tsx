import { act, screen, within } from '@testing-library/react';
import { vi } from 'vitest';
import { injectFault } from '../../mocks/faults';
import { findCustomerByEmail } from '../../mocks/db';
import { renderSignedIn } from '../utils/render-app';
import { warmUp } from './preferences-warm-up';

beforeAll(warmUp, 20_000);
afterEach(() => {
  vi.useRealTimers();
});

async function openPreferences() {
  const app = await renderSignedIn('anna@example.com', '/preferences');
  await screen.findByRole('heading', { level: 1, name: 'Marketing preferences' });
  return app;
}

const stopAllBox = () => screen.getByRole('region', { name: 'Stop all marketing' });

describe('stop all marketing', () => {
  it('keeps the confirmation but withdraws Undo after 15 seconds, keeping focus in the box', async () => {
    const { user } = await openPreferences();
    // Time runs on by itself (the mock's latency, React Query) and can be pushed ahead.
    vi.useFakeTimers({ shouldAdvanceTime: true, toFake: ['setTimeout', 'clearTimeout'] });
    await user.click(screen.getByRole('button', { name: 'Stop all marketing' }));
    const undo = await screen.findByRole('button', { name: 'Undo' });
    expect(stopAllBox()).toHaveTextContent('You can undo this for 15 seconds.');
    undo.focus();
    await act(async () => {
      await vi.advanceTimersByTimeAsync(10_000);
    });
    expect(screen.getByRole('button', { name: 'Undo' })).toBeInTheDocument();
    await act(async () => {
      await vi.advanceTimersByTimeAsync(6_000);
    });
    expect(screen.queryByRole('button', { name: 'Undo' })).not.toBeInTheDocument();
    expect(stopAllBox()).toHaveTextContent(/All marketing is stopped\. 4 choices were turned off\./);
    expect(stopAllBox()).not.toHaveTextContent('You can undo this');
    expect(within(stopAllBox()).getByRole('button', { name: 'Stop all marketing' })).toHaveFocus();
    // Nothing was undone.
    expect(findCustomerByEmail('anna@example.com')?.preferences.objection).toBe(true);
  });

  it('sets every switch back and says why when stopping fails', async () => {
    const { user } = await openPreferences();
    const states = () => screen.getAllByRole('switch').map((item) => item.getAttribute('aria-checked'));
    const before = states();
    injectFault({ kind: 'server-error', method: 'POST', path: '/me/preferences/stop-all' });
    await user.click(screen.getByRole('button', { name: 'Stop all marketing' }));
    expect(
      await within(stopAllBox()).findByText(/Something went wrong on our side: your choices are set back to how they were\./),
    ).toBeInTheDocument();
    expect(states()).toEqual(before);
    expect(before).toContain('true');
    expect(screen.queryByRole('button', { name: 'Undo' })).not.toBeInTheDocument();
    expect(findCustomerByEmail('anna@example.com')?.preferences.objection).toBe(false);
  });
});
