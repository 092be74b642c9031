import { screen, within } from '@testing-library/react';
import { openProfile, stored } from '../utils/profile-page';

describe('leaving the profile with unsaved changes', () => {
  it('asks before navigating away; staying keeps the edits, leaving drops them', async () => {
    const { user } = await openProfile();
    await user.type(screen.getByLabelText('First name'), 'ja');
    await user.click(screen.getByRole('link', { name: 'Overview' }));

    const dialog = await screen.findByRole('dialog', { name: 'Leave without saving?' });
    await user.click(within(dialog).getByRole('button', { name: 'Stay on this page' }));
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
    expect(screen.getByRole('heading', { level: 1, name: 'Correct my data' })).toBeInTheDocument();
    expect(screen.getByLabelText('First name')).toHaveValue('Annaja');

    await user.click(screen.getByRole('link', { name: 'Overview' }));
    await user.click(within(await screen.findByRole('dialog', { name: 'Leave without saving?' })).getByRole('button', { name: 'Leave without saving' }));
    expect(await screen.findByRole('heading', { level: 1, name: 'Hello, Anna' })).toBeInTheDocument();
    expect(stored().firstName).toBe('Anna');
  });

  it('does not ask when nothing was changed', async () => {
    const { user } = await openProfile();
    await user.click(screen.getByRole('link', { name: 'Overview' }));
    expect(await screen.findByRole('heading', { level: 1, name: 'Hello, Anna' })).toBeInTheDocument();
  });

  it('asks before signing out, and signs out only when the person chooses to leave', async () => {
    const { user } = await openProfile();
    await user.type(screen.getByLabelText('First name'), 'ja');
    await user.click(screen.getByRole('button', { name: 'Sign out' }));
    const dialog = await screen.findByRole('dialog', { name: 'Leave without saving?' });
    await user.click(within(dialog).getByRole('button', { name: 'Stay on this page' }));
    expect(screen.getByLabelText('First name')).toHaveValue('Annaja');

    await user.click(screen.getByRole('button', { name: 'Sign out' }));
    await user.click(within(await screen.findByRole('dialog', { name: 'Leave without saving?' })).getByRole('button', { name: 'Leave without saving' }));
    expect(await screen.findByText('You have signed out.')).toBeInTheDocument();
    expect(screen.getByRole('heading', { level: 1, name: 'Sign in' })).toBeInTheDocument();
  });
});
