import { screen, within } from '@testing-library/react';
import { seed } from '../../mocks/db';
import { openProfile, stored } from '../utils/profile-page';

describe('the profile in Latvian (Jānis, Fotolukss)', () => {
  it('reads in Latvian, with Latvian messages at the fields and in the summary', async () => {
    seed('fotolukss');
    const { user } = await openProfile('janis@example.lv');
    expect(document.title).toBe('Labot manus datus – Fotolukss');
    expect(screen.getByLabelText('Vārds')).toHaveValue('Jānis');
    expect(screen.getByLabelText('Uzvārds')).toHaveValue('Ozoliņš');
    expect(screen.getByRole('group', { name: '1. adrese – Mājas' })).toBeInTheDocument();
    expect(screen.getByLabelText('Vēlamā valoda')).toHaveValue('lv');

    const phone = screen.getByLabelText('Tālruņa numurs (nav obligāts)');
    await user.clear(phone);
    await user.type(phone, 'nav numura');
    await user.clear(screen.getByLabelText('Vārds'));
    await user.click(screen.getByRole('button', { name: 'Saglabāt izmaiņas' }));
    const summary = await screen.findByRole('alert');
    expect(within(summary).getByRole('heading', { name: 'Veidlapā ir 2 kļūdas' })).toBeInTheDocument();
    expect(screen.getByLabelText('Vārds')).toHaveAccessibleDescription('Aizpildiet šo lauku.');
    expect(phone).toHaveAccessibleDescription(/^Šis nav derīgs tālruņa numurs\./);
    expect(stored('janis@example.lv').phone).toBe('+37120000002');
  });
});
