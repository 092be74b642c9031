import { screen, within } from '@testing-library/react';
import { getDb } from '../../mocks/db';
import { renderSignedIn } from '../utils/render-app';

async function openProfile(email = 'anna@example.com') {
  const app = await renderSignedIn(email, '/profile');
  await screen.findByRole('heading', { level: 1, name: /Correct my data|Labot manus datus/ });
  return app;
}

function anna() {
  const customer = getDb().customers.find((candidate) => candidate.email === 'anna@example.com');
  if (!customer) throw new Error('no anna');
  return customer;
}

describe('correcting my data', () => {
  it('saves the names and a phone number in any international format as E.164', async () => {
    const { user } = await openProfile();
    const first = screen.getByLabelText('First name');
    await user.clear(first);
    await user.type(first, 'Ģirts');
    const last = screen.getByLabelText('Last name');
    await user.clear(last);
    await user.type(last, 'Šķēle');
    const phone = screen.getByLabelText('Phone number (optional)');
    await user.clear(phone);
    await user.type(phone, '+44 (20) 7946 0958');
    await user.click(screen.getByRole('button', { name: 'Save changes' }));
    expect(await screen.findByText('Your changes are saved.')).toBeInTheDocument();
    expect(screen.getByLabelText('Phone number (optional)')).toHaveValue('+442079460958');
    expect(anna()).toMatchObject({ firstName: 'Ģirts', lastName: 'Šķēle', phone: '+442079460958' });
  });
});
