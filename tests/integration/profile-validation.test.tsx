import { screen, within } from '@testing-library/react';
import { http, HttpResponse } from 'msw';
import { server } from '../../mocks/node';
import { findSaved, openProfile, stored } from '../utils/profile-page';

describe('profile validation', () => {
  it('checks the form before sending, with messages at the fields and a summary that links to them', async () => {
    const { user } = await openProfile();
    await user.clear(screen.getByLabelText('First name'));
    const last = screen.getByLabelText('Last name');
    await user.click(last);
    await user.paste('x'.repeat(101));
    // The limit shows while typing, before any request.
    expect(screen.getByLabelText('Last name')).toHaveAccessibleDescription('This can be at most 100 characters long; now it has 108.');
    const phone = screen.getByLabelText('Phone number (optional)');
    await user.clear(phone);
    await user.type(phone, 'call me maybe');
    const address = screen.getByRole('group', { name: 'Address 1 – Mājas' });
    await user.clear(within(address).getByLabelText('Postal code'));

    await user.click(screen.getByRole('button', { name: 'Save changes' }));
    const summary = await screen.findByRole('alert');
    expect(within(summary).getByRole('heading', { name: 'There are 4 problems' })).toBeInTheDocument();
    expect(screen.getByLabelText('First name')).toHaveAccessibleDescription('Fill this in.');
    expect(screen.getByLabelText('First name')).toBeInvalid();
    expect(screen.getByLabelText('Phone number (optional)')).toHaveAccessibleDescription(
      /This is not a phone number we can use/,
    );
    expect(within(address).getByLabelText('Postal code')).toHaveAccessibleDescription('Fill this in.');

    await user.click(within(summary).getByRole('link', { name: /^Address 1: Postal code: Fill this in\.$/ }));
    expect(within(address).getByLabelText('Postal code')).toHaveFocus();
    await user.click(within(summary).getByRole('link', { name: /^Phone number/ }));
    expect(screen.getByLabelText('Phone number (optional)')).toHaveFocus();
    expect(stored()).toMatchObject({ firstName: 'Anna', lastName: 'Bērziņa', phone: '+37120000001' });
  });

  it('puts the server’s 422 field errors on the right fields', async () => {
    server.use(
      http.patch(
        '*/api/v1/me/profile',
        () =>
          HttpResponse.json(
            {
              type: 'about:blank',
              title: 'Validation failed',
              status: 422,
              code: 'validation_failed',
              errors: [
                { field: 'addresses.1.postalCode', code: 'invalid_value' },
                { field: 'firstName', code: 'too_long', limit: 100 },
              ],
            },
            { status: 422, headers: { 'Content-Type': 'application/problem+json' } },
          ),
        { once: true },
      ),
    );
    const { user } = await openProfile();
    await user.type(screen.getByLabelText('First name'), 'a');
    await user.click(screen.getByRole('button', { name: 'Save changes' }));
    const summary = await screen.findByRole('alert', {}, { timeout: 5_000 });
    expect(within(summary).getByRole('heading', { name: 'There are 2 problems' })).toBeInTheDocument();
    const second = screen.getByRole('group', { name: 'Address 2 – Lauku māja' });
    expect(within(second).getByLabelText('Postal code')).toHaveAccessibleDescription('Check this value.');
    expect(screen.getByLabelText('First name')).toHaveAccessibleDescription('This can be at most 100 characters long.');
    // Nothing the person typed is lost; fixing and saving again works.
    expect(screen.getByLabelText('First name')).toHaveValue('Annaa');
    await user.click(screen.getByRole('button', { name: 'Save changes' }));
    expect(await findSaved()).toBeInTheDocument();
    expect(stored().firstName).toBe('Annaa');
  });
});
