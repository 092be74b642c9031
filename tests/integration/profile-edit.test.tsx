import { screen, within } from '@testing-library/react';
import { findSaved, openProfile, stored } from '../utils/profile-page';

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
    expect(await findSaved()).toBeInTheDocument();
    expect(screen.getByLabelText('Phone number (optional)')).toHaveValue('+442079460958');
    expect(stored()).toMatchObject({ firstName: 'Ģirts', lastName: 'Šķēle', phone: '+442079460958' });
  });

  it('reads a number without a country code as Latvian and can remove the phone', async () => {
    const { user } = await openProfile();
    const phone = screen.getByLabelText('Phone number (optional)');
    await user.clear(phone);
    await user.type(phone, '2612 3456');
    await user.click(screen.getByRole('button', { name: 'Save changes' }));
    expect(await findSaved()).toBeInTheDocument();
    expect(stored().phone).toBe('+37126123456');
    await user.clear(screen.getByLabelText('Phone number (optional)'));
    await user.click(screen.getByRole('button', { name: 'Save changes' }));
    await screen.findByText('Your changes are saved.');
    expect(stored().phone).toBeNull();
  });

  it('edits, adds, removes addresses and sets the default', async () => {
    const { user } = await openProfile();
    const second = screen.getByRole('group', { name: 'Address 2 – Lauku māja' });
    const city = within(second).getByLabelText('City or municipality');
    await user.clear(city);
    await user.type(city, 'Sabile');

    await user.click(screen.getByRole('button', { name: 'Add an address' }));
    const third = screen.getByRole('group', { name: /^Address 3/ });
    await user.type(within(third).getByLabelText('Name for this address (optional)'), 'Darbs');
    await user.type(within(third).getByLabelText('Street and house'), 'Brīvības iela 1');
    await user.type(within(third).getByLabelText('City or municipality'), 'Rīga');
    await user.type(within(third).getByLabelText('Postal code'), 'LV-1050');
    await user.selectOptions(within(third).getByLabelText('Country'), 'LV');
    await user.click(within(third).getByRole('radio', { name: 'Default address' }));

    await user.click(screen.getByRole('button', { name: 'Remove address 1' }));
    await user.click(screen.getByRole('button', { name: 'Save changes' }));
    expect(await findSaved()).toBeInTheDocument();

    expect(stored().addresses).toEqual([
      expect.objectContaining({ label: 'Lauku māja', city: 'Sabile', isDefault: false }),
      expect.objectContaining({ label: 'Darbs', recipient: 'Anna Bērziņa', line1: 'Brīvības iela 1', postalCode: 'LV-1050', country: 'LV', isDefault: true }),
    ]);
    expect(screen.getByRole('group', { name: 'Address 2 – Darbs' })).toBeInTheDocument();
    expect(screen.queryByRole('group', { name: /^Address 3/ })).not.toBeInTheDocument();
  });

  it('saves the preferred language and switches the page to it', async () => {
    const { user } = await openProfile();
    await user.selectOptions(screen.getByLabelText('Preferred language'), 'lv');
    await user.click(screen.getByRole('button', { name: 'Save changes' }));
    expect(await screen.findByRole('heading', { level: 1, name: 'Labot manus datus' }, { timeout: 5_000 })).toBeInTheDocument();
    expect(screen.getByText('Izmaiņas ir saglabātas.')).toBeInTheDocument();
    expect(document.documentElement.lang).toBe('lv');
    expect(stored().language).toBe('lv');
  });

  it('keeps Unicode, right-to-left and markup-like text exactly as typed', async () => {
    const { user } = await openProfile();
    const values = { first: 'Ģirts 🙂', last: 'Šķēle-Bērziņš <script>alert(1)</script>', line1: 'شارع الملك ١٢', city: 'תל אביב' };
    const first = screen.getByLabelText('First name');
    await user.clear(first);
    await user.type(first, values.first);
    const last = screen.getByLabelText('Last name');
    await user.clear(last);
    // user.type would read "<" and "{" as key names; paste is what a person with such a name does.
    await user.click(last);
    await user.paste(values.last);
    const address = screen.getByRole('group', { name: 'Address 1 – Mājas' });
    await user.clear(within(address).getByLabelText('Street and house'));
    await user.click(within(address).getByLabelText('Street and house'));
    await user.paste(values.line1);
    await user.clear(within(address).getByLabelText('City or municipality'));
    await user.click(within(address).getByLabelText('City or municipality'));
    await user.paste(values.city);
    await user.click(screen.getByRole('button', { name: 'Save changes' }));
    expect(await findSaved()).toBeInTheDocument();
    expect(stored()).toMatchObject({ firstName: values.first, lastName: values.last });
    expect(stored().addresses[0]).toMatchObject({ line1: values.line1, city: values.city });

    // The form now shows what the server answered, as text, in its own direction.
    expect(screen.getByLabelText('First name')).toHaveValue(values.first);
    expect(screen.getByLabelText('Last name')).toHaveValue(values.last);
    expect(screen.getByLabelText('Last name')).toHaveAttribute('dir', 'auto');
    const saved = screen.getByRole('group', { name: 'Address 1 – Mājas' });
    expect(within(saved).getByLabelText('Street and house')).toHaveValue(values.line1);
    expect(within(saved).getByLabelText('City or municipality')).toHaveValue(values.city);
    expect(document.querySelector('main script')).toBeNull();
  });
});
