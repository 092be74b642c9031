import { cleanup, screen, within } from '@testing-library/react';
import { http, HttpResponse } from 'msw';
import { findCustomerByEmail, getOrganization } from '../../mocks/db';
import { injectFault } from '../../mocks/faults';
import { server } from '../../mocks/node';
import type { Policy } from '../../src/api/types';
import { renderApp, renderSignedIn } from '../utils/render-app';
import { signInKeepingDeletion } from '../utils/scheduled-deletion';

// Anna acknowledged Aptolux's 2022 policy; the current one is of 1 October 2026.
const noticeText = 'Our privacy policy changed on October 1, 2026.';
const notice = () => screen.queryByRole('region', { name: 'Privacy policy update' });

async function signInAs(email: string, path = '/', heading: RegExp = /^Hello/) {
  const app = await renderSignedIn(email, path);
  await screen.findByRole('heading', { level: 1, name: heading });
  return app;
}

describe('the policy-change notice', () => {
  it('shows on every page while the new version is unread, and "I have read it" records it for good', async () => {
    const { user } = await signInAs('anna@example.com');
    expect(notice()).toHaveTextContent(noticeText);
    expect(within(notice()!).getByRole('link', { name: 'Read what changed' })).toHaveAttribute('href', '/policy');

    await user.click(within(screen.getByRole('navigation', { name: 'Sections' })).getByRole('link', { name: 'Download my data' }));
    await screen.findByRole('heading', { level: 1, name: 'Download my data' });
    expect(notice()).toHaveTextContent(noticeText);

    await user.click(screen.getByRole('button', { name: 'I have read it' }));
    const thanks = await screen.findByText('Thank you. We have noted that you have read the privacy policy of October 1, 2026.');
    expect(thanks).toHaveAttribute('role', 'status');
    // The button is gone; focus is on the message that replaced it, so it is read out.
    expect(thanks).toHaveFocus();
    expect(notice()).not.toBeInTheDocument();

    // A new visit (the session cookie stays): the backend remembers.
    cleanup();
    renderApp('/');
    expect(await screen.findByRole('heading', { level: 1, name: 'Hello, Anna' })).toBeInTheDocument();
    expect(notice()).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'I have read it' })).not.toBeInTheDocument();
  });

  it('links to the policy page, which shows the text and asks at its end instead', async () => {
    const { user } = await signInAs('anna@example.com');
    await user.click(screen.getByRole('link', { name: 'Read what changed' }));
    const heading = await screen.findByRole('heading', { level: 1, name: 'Privacy Policy' });
    expect(heading).toHaveFocus();
    expect(document.title).toBe('Privacy Policy – Aptolux');
    expect(screen.getByText('Version 2026-10-01, published on October 1, 2026.')).toBeInTheDocument();
    expect(screen.getByRole('heading', { level: 2, name: 'What we collect' })).toBeInTheDocument();
    expect(screen.getByRole('heading', { level: 2, name: 'Changes to this policy' })).toBeInTheDocument();
    // One question, after the text: the notice at the top is not repeated here.
    expect(screen.getAllByRole('region', { name: 'Privacy policy update' })).toHaveLength(1);
    const lastSection = screen.getByRole('heading', { level: 2, name: 'Changes to this policy' });
    expect(lastSection.compareDocumentPosition(notice()!) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();
    expect(screen.queryByRole('link', { name: 'Read what changed' })).not.toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'I have read it' }));
    expect(await screen.findByText(/^Thank you\. We have noted/)).toHaveFocus();
    expect(findCustomerByEmail('anna@example.com')?.policyAcknowledgedVersion).toBe('2026-10-01');
  });

  it('is not shown to a customer who has read the current version; the footer still links to the policy', async () => {
    const { user } = await signInAs('bulk@example.com');
    expect(notice()).not.toBeInTheDocument();
    await user.click(within(screen.getByRole('contentinfo')).getByRole('link', { name: 'Privacy policy' }));
    expect(await screen.findByRole('heading', { level: 1, name: 'Privacy Policy' })).toBeInTheDocument();
    expect(screen.getByRole('heading', { level: 2, name: 'What we collect' })).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'I have read it' })).not.toBeInTheDocument();
  });

  it('explains that nothing can be recorded while the account is scheduled for deletion', async () => {
    const { user } = await signInAs('anna@example.com');
    // Deletion requested on another device meanwhile: this page does not know yet.
    findCustomerByEmail('anna@example.com')!.deletion = {
      requestedAt: new Date().toISOString(),
      scheduledFor: new Date(Date.now() + 14 * 86_400_000).toISOString(),
      reason: null,
    };
    await user.click(screen.getByRole('button', { name: 'I have read it' }));
    expect(await screen.findByRole('alert')).toHaveTextContent(
      'Your account is scheduled for deletion, so nothing in it can be changed, not even this. If you want to keep your account, cancel the deletion first.',
    );
    // The page learns about the deletion and offers to cancel it.
    expect(await screen.findByRole('button', { name: 'Cancel deletion' })).toBeInTheDocument();
    expect(notice()).toBeInTheDocument();
  });

  it('offers no "I have read it" while the account is kept read-only for its deletion', async () => {
    await signInKeepingDeletion('/');
    expect(await screen.findByRole('heading', { level: 1, name: 'Hello, Anna' })).toBeInTheDocument();
    expect(notice()).toHaveTextContent(noticeText);
    expect(within(notice() as HTMLElement).getByRole('link', { name: 'Read what changed' })).toBeInTheDocument();
    expect(within(notice() as HTMLElement).queryByRole('button', { name: 'I have read it' })).not.toBeInTheDocument();
  });

  it('keeps the notice and says so when recording fails, and a second try works', async () => {
    const { user } = await signInAs('anna@example.com');
    injectFault({ kind: 'server-error', method: 'POST', path: '/me/policy-acknowledgement' });
    await user.click(screen.getByRole('button', { name: 'I have read it' }));
    expect(await screen.findByRole('alert')).toHaveTextContent('We could not record that. Try again in a moment.');
    expect(notice()).toHaveTextContent(noticeText);
    await user.click(screen.getByRole('button', { name: 'I have read it' }));
    expect(await screen.findByText(/^Thank you\. We have noted/)).toHaveFocus();
  });

  it('speaks Latvian when the customer switches language', async () => {
    const { user } = await signInAs('anna@example.com');
    await user.click(screen.getByRole('button', { name: 'Latviešu' }));
    const region = await screen.findByRole('region', { name: 'Privātuma politikas izmaiņas' });
    expect(region).toHaveTextContent('Mūsu privātuma politika ir mainīta. Jaunās redakcijas datums: 2026. gada 1. oktobris.');
    expect(within(region).getByRole('link', { name: 'Izlasīt, kas mainījies' })).toBeInTheDocument();
    await user.click(within(region).getByRole('button', { name: 'Izlasīju' }));
    expect(await screen.findByText(/^Paldies! Atzīmējām, ka izlasījāt privātuma politiku/)).toHaveFocus();
  });
});

describe('the policy page', () => {
  const hostile: Policy = {
    version: '2026-10-01',
    publishedAt: '2026-10-01T00:00:00.000Z',
    title: { en: 'Policy <b>bold</b>', lv: 'Politika' },
    sections: [
      {
        heading: { en: '<script>window.hacked = true</script>', lv: 'Virsraksts' },
        paragraphs: [
          { en: '<img src="x" onerror="window.hacked = true">', lv: 'Teksts' },
          { en: 'First line\nSecond line – ā, č, ņ, 中文, 🙂', lv: 'Teksts' },
        ],
      },
    ],
  };

  it('shows markup from the API as text, never as HTML', async () => {
    server.use(http.get('*/api/v1/organization/policy', () => HttpResponse.json(hostile)));
    await signInAs('bulk@example.com', '/policy', /^Policy/);
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent('Policy <b>bold</b>');
    expect(screen.getByRole('heading', { level: 2, name: '<script>window.hacked = true</script>' })).toBeInTheDocument();
    expect(screen.getByText('<img src="x" onerror="window.hacked = true">')).toBeInTheDocument();
    // The line break is kept (CSS shows it); the text arrives unchanged.
    expect(screen.getByText('First line Second line – ā, č, ņ, 中文, 🙂').textContent).toBe('First line\nSecond line – ā, č, ņ, 中文, 🙂');
    const main = screen.getByRole('main');
    expect(main.querySelector('script, img[src="x"], b')).toBeNull();
    expect((window as { hacked?: boolean }).hacked).toBeUndefined();
  });

  it('links to the policy on the company website only when that is a web address', async () => {
    const organizationWith = (url: string) =>
      http.get('*/api/v1/organization', () => HttpResponse.json({ ...getOrganization(), policy: { ...getOrganization().policy, url } }));
    server.use(organizationWith('javascript:alert(1)'));
    await signInAs('bulk@example.com', '/policy', /^Privacy Policy$/);
    expect(screen.queryByRole('link', { name: /website of Aptolux/ })).not.toBeInTheDocument();

    cleanup();
    server.use(organizationWith('https://aptolux.example/privacy'));
    renderApp('/policy');
    expect(await screen.findByRole('link', { name: 'The policy on the website of Aptolux' })).toHaveAttribute('href', 'https://aptolux.example/privacy');
  });
});
