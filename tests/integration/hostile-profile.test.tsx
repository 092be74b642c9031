import { screen } from '@testing-library/react';
import { hostileTexts } from '../hostile/corpus';
import { findSaved, openProfile, stored } from '../utils/profile-page';

// Whatever a person pastes into their name, it is stored exactly (spaces at the ends aside) and
// shown back exactly, or refused with a message that says why — never silently changed.
describe('hostile text typed into the profile', () => {
  it.each(hostileTexts.filter((entry) => !entry.hasControlCharacters))('stores a last name holding $name exactly', async ({ text }) => {
    const { user } = await openProfile();
    const last = screen.getByLabelText('Last name');
    await user.clear(last);
    await user.click(last);
    await user.paste(text);
    await user.click(screen.getByRole('button', { name: 'Save changes' }));
    expect(await findSaved()).toBeInTheDocument();
    expect(stored().lastName).toBe(text.trim());
    expect(screen.getByLabelText('Last name')).toHaveValue(text.trim());
  });

  it.each(hostileTexts.filter((entry) => entry.hasControlCharacters))('refuses a last name holding $name with a message, and keeps the typing', async ({ text }) => {
    const { user } = await openProfile();
    const last = screen.getByLabelText('Last name');
    await user.clear(last);
    await user.click(last);
    await user.paste(text);
    const typed = (last as HTMLInputElement).value;
    await user.click(screen.getByRole('button', { name: 'Save changes' }));
    expect(await screen.findByText(/Remove the line breaks, tabs or other invisible control characters/, { selector: '.field__error, [id$="-error"], p, span' })).toBeInTheDocument();
    expect(screen.getByLabelText('Last name')).toHaveValue(typed);
    expect(stored().lastName).toBe('Bērziņa');
  });
});
