import { screen, within } from '@testing-library/react';
import { advanceClock } from '../../mocks/clock';
import { seed } from '../../mocks/db';
import { renderSignedIn } from '../utils/render-app';
import { findSaved, openProfile, stored } from '../utils/profile-page';

// GDPR Art. 19 after correcting one's own data: the page names the recipients that received it,
// and the correction is kept with the requests, where each recipient's notice can be followed.

const hour = 3_600_000;

describe('recipients told of a correction on the profile page', () => {
  it('names who received Anna’s address, and shows in her requests when each was told', async () => {
    const { user, unmount } = await openProfile();
    const second = screen.getByRole('group', { name: 'Address 2 – Lauku māja' });
    const city = within(second).getByLabelText('City or municipality');
    await user.clear(city);
    await user.type(city, 'Sabile');
    await user.click(screen.getByRole('button', { name: 'Save changes' }));
    expect(await findSaved()).toBeInTheDocument();
    const status = (await findSaved()).closest('[role="status"]') as HTMLElement;
    expect(status).toHaveTextContent('We are telling those who received this data about the change (GDPR Article 19): Wix.com and Pipedrive');
    expect(within(status).getByRole('link', { name: 'See when each was told' })).toHaveAttribute('href', '/requests');
    expect(stored().requests.at(-1)).toMatchObject({ type: 'rectification', status: 'completed', subject: { categoryId: 'addresses' } });

    // The next morning (she signs in again): Wix was told, Pipedrive failed once and is retried.
    unmount();
    advanceClock(7 * hour);
    const later = await renderSignedIn('anna@example.com', '/requests');
    await screen.findByRole('heading', { level: 1, name: 'My other rights' });
    const list = screen.getByRole('region', { name: 'Your requests' });
    const correction = within(list).getAllByRole('listitem').find((item) => !item.parentElement?.closest('li')) as HTMLElement;
    expect(within(correction).getByRole('heading', { level: 3 })).toHaveTextContent('Correction');
    expect(correction).toHaveTextContent('Status: Answered');
    expect(correction).toHaveTextContent('Addresses');
    expect(correction).toHaveTextContent('You corrected this yourself on the profile page.');
    await later.user.click(within(correction).getByText('Recipients told: 1 of 2'));
    expect(within(correction).getByText('Wix.com').closest('li')).toHaveTextContent('Told:');
    expect(within(correction).getByText('Pipedrive').closest('li')).toHaveTextContent('Could not be reached; we are trying again');
  });

  it('says nothing about recipients when only the language changed', async () => {
    const { user } = await openProfile();
    await user.selectOptions(screen.getByLabelText('Preferred language'), 'lv');
    await user.click(screen.getByRole('button', { name: /^(Save changes|Saglabāt izmaiņas)$/ }));
    await screen.findByText(/^(Your changes are saved\.|Izmaiņas ir saglabātas\.)$/);
    expect(screen.queryByText(/GDPR Article 19|VDAR 19\. pants/)).not.toBeInTheDocument();
    expect(stored().requests.filter((request) => request.type === 'rectification')).toHaveLength(0);
  });

  it('tells Jānis in Latvian who received his phone number', async () => {
    seed('fotolukss');
    const { user } = await openProfile('janis@example.lv');
    const phone = screen.getByLabelText('Tālruņa numurs (nav obligāts)');
    await user.clear(phone);
    await user.type(phone, '2612 3456');
    await user.click(screen.getByRole('button', { name: 'Saglabāt izmaiņas' }));
    await screen.findByText('Izmaiņas ir saglabātas.');
    expect(screen.getByText(/^Par izmaiņām informējam šo datu saņēmējus \(VDAR 19\. pants\): /)).toHaveTextContent(
      'Par izmaiņām informējam šo datu saņēmējus (VDAR 19. pants): Piegādes serviss (fiktīvs) un Mitināšanas pakalpojums (fiktīvs)',
    );
    expect(screen.getByRole('link', { name: 'Skatīt, kad katrs tika informēts' })).toHaveAttribute('href', '/requests');
  });
});
