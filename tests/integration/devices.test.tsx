import { screen, waitFor, within } from '@testing-library/react';
import { getDb, seed } from '../../mocks/db';
import { endSession } from '../../mocks/domain/sessions';
import { injectFault } from '../../mocks/faults';
import { renderSignedIn } from '../utils/render-app';

const places = () => within(screen.getByRole('region', { name: /^(Signed in on|Pieslēgts)/ })).getAllByRole('listitem');

async function openDevices(email = 'anna@example.com') {
  const app = await renderSignedIn(email);
  await screen.findByRole('heading', { level: 1, name: /^(Hello|Sveiki)/ });
  await app.user.click(screen.getByRole('link', { name: /^(See where you are signed in|Skatīt, kur jūsu konts ir pieslēgts)$/ }));
  await screen.findByRole('heading', { level: 1, name: /^(Where you are signed in|Kur jūsu konts ir pieslēgts)$/ });
  return app;
}

describe('where you are signed in', () => {
  it('lists every place the account is signed in, this device first and marked', async () => {
    await openDevices();
    expect(document.title).toBe('Where you are signed in – Aptolux');
    expect(screen.getByRole('heading', { level: 2, name: 'Signed in on 4 devices' })).toBeInTheDocument();
    const [current, phone, laptop, tablet] = places();
    expect(current).toHaveTextContent('This device');
    expect(current).toHaveTextContent('IP address192.0.2.1');
    expect(within(current!).queryByRole('button')).not.toBeInTheDocument();
    expect(phone).toHaveAccessibleName('iPhone · Safari 18');
    expect(phone).toHaveTextContent('IP address198.51.100.23');
    expect(phone).not.toHaveTextContent('This device');
    expect(laptop).toHaveAccessibleName('Windows · Chrome 131');
    expect(tablet).toHaveAccessibleName('iPad · Safari 17');
  });

  it('is found from Activity too', async () => {
    const { user } = await renderSignedIn();
    await screen.findByRole('heading', { level: 1, name: 'Hello, Anna' });
    await user.click(within(screen.getByRole('navigation', { name: 'Sections' })).getByRole('link', { name: 'Activity' }));
    await user.click(await screen.findByRole('link', { name: 'Where you are signed in' }));
    expect(await screen.findByRole('heading', { level: 1, name: 'Where you are signed in' })).toBeInTheDocument();
  });

  it('is the same list as the technical data, which links to it', async () => {
    const { user } = await renderSignedIn('anna@example.com', '/data/technical');
    const link = await screen.findByRole('link', { name: 'Sign out a device' });
    expect(screen.getByText('iPad · Safari 17')).toBeInTheDocument();
    await user.click(link);
    expect(await screen.findByRole('heading', { level: 1, name: 'Where you are signed in' })).toBeInTheDocument();
    expect(screen.getByRole('listitem', { name: 'iPad · Safari 17' })).toBeInTheDocument();
  });

  it('signs out one other device after asking, says so, and Activity records it', async () => {
    const { user } = await openDevices();
    const signOutPhone = screen.getByRole('button', { name: 'Sign out iPhone · Safari 18' });
    await user.click(signOutPhone);
    let dialog = screen.getByRole('dialog', { name: 'Sign out iPhone · Safari 18?' });
    // Cancelling changes nothing (the browser test checks focus goes back to the button).
    await user.click(within(dialog).getByRole('button', { name: 'Cancel' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
    expect(places()).toHaveLength(4);

    await user.click(signOutPhone);
    dialog = screen.getByRole('dialog', { name: 'Sign out iPhone · Safari 18?' });
    expect(dialog).toHaveTextContent('This device stays signed in.');
    await user.click(within(dialog).getByRole('button', { name: 'Sign out that device' }));
    expect(await screen.findByText('iPhone · Safari 18 is signed out.')).toBeInTheDocument();
    expect(screen.getAllByRole('status').some((region) => region.textContent === 'iPhone · Safari 18 is signed out.')).toBe(true);
    await screen.findByRole('heading', { level: 2, name: 'Signed in on 3 devices' });
    expect(screen.getByRole('heading', { level: 2, name: 'Signed in on 3 devices' })).toHaveFocus();
    expect(screen.queryByRole('button', { name: 'Sign out iPhone · Safari 18' })).not.toBeInTheDocument();

    await user.click(screen.getByRole('link', { name: 'Activity' }));
    const log = await screen.findByRole('region', { name: /events$/ });
    const [latest] = within(log).getAllByRole('listitem');
    expect(latest).toHaveTextContent('You signed out another device');
    expect(latest).toHaveTextContent('iPhone · Safari 18');
  });

  it('signs out all other devices and keeps this one', async () => {
    const { user } = await openDevices();
    await user.click(screen.getByRole('button', { name: 'Sign out all other devices' }));
    const dialog = screen.getByRole('dialog', { name: 'Sign out all other devices?' });
    await user.click(within(dialog).getByRole('button', { name: 'Sign out the other devices' }));
    expect(await screen.findByText('The other devices are signed out. This device stays signed in.')).toBeInTheDocument();
    await screen.findByRole('heading', { level: 2, name: 'Signed in on 1 device' });
    expect(places()[0]).toHaveTextContent('This device');
    expect(screen.getByText('Your account is signed in on this device only.')).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Sign out all other devices' })).not.toBeInTheDocument();
    expect(getDb().sessions.filter((session) => session.customerId === 'cus_anna')).toHaveLength(1);
  });

  it('keeps the list and says so when signing out fails', async () => {
    const { user } = await openDevices();
    injectFault({ kind: 'unavailable', method: 'DELETE', path: '/me/sessions/*' });
    await user.click(screen.getByRole('button', { name: 'Sign out Windows · Chrome 131' }));
    await user.click(within(screen.getByRole('dialog')).getByRole('button', { name: 'Sign out that device' }));
    expect(await screen.findByRole('alert')).toHaveTextContent('We could not sign that device out. Check your connection and try again.');
    expect(places()).toHaveLength(4);
    expect(screen.getByRole('button', { name: 'Sign out Windows · Chrome 131' })).toBeInTheDocument();
  });

  it('shows the sign-in again on this device once it was signed out elsewhere', async () => {
    const { user } = await openDevices();
    // Another device ends this session.
    const mine = getDb().sessions.find((session) => session.customerId === 'cus_anna' && session.idleMs === undefined);
    endSession(mine!.id);
    await user.click(screen.getByRole('link', { name: 'Marketing preferences' }));
    const dialog = await screen.findByRole('dialog', { name: 'Your session has ended' });
    await user.type(within(dialog).getByLabelText('Password'), 'privacy-demo');
    await user.click(within(dialog).getByRole('button', { name: 'Sign in and continue' }));
    expect(await screen.findByRole('heading', { level: 1, name: 'Marketing preferences' })).toBeInTheDocument();
  });

  it('speaks Latvian to Jānis', async () => {
    seed('fotolukss');
    const { user } = await openDevices('janis@example.lv');
    expect(screen.getByRole('heading', { level: 2, name: 'Pieslēgts 2 ierīcēs' })).toBeInTheDocument();
    const [current, phone] = places();
    expect(current).toHaveTextContent('Šī ierīce');
    expect(phone).toHaveTextContent('Pēdējā darbība');
    await user.click(screen.getByRole('button', { name: 'Iziet ierīcē Android · Chrome 131' }));
    const dialog = screen.getByRole('dialog', { name: 'Iziet ierīcē Android · Chrome 131?' });
    await user.click(within(dialog).getByRole('button', { name: 'Iziet tajā ierīcē' }));
    expect(await screen.findByText('Ierīce Android · Chrome 131 vairs nav pieslēgta.')).toBeInTheDocument();
    expect(screen.getByText('Jūsu konts ir pieslēgts tikai šajā ierīcē.')).toBeInTheDocument();
  });
});
