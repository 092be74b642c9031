import { screen, waitFor, within } from '@testing-library/react';
import { renderSignedIn } from '../utils/render-app';
import { savedPreferences } from '../utils/saved-preferences';
import { warmUp } from './preferences-warm-up';

beforeAll(warmUp, 20_000);

async function openPreferences() {
  const app = await renderSignedIn('anna@example.com', '/preferences');
  await screen.findByRole('heading', { level: 1, name: 'Marketing preferences' });
  return app;
}

/** The entries of the history list, each as its text. */
function entries(): string[] {
  return within(screen.getByRole('region', { name: /changes in all/ }))
    .getAllByRole('listitem')
    .map((item) => item.textContent ?? '');
}

describe('consent history', () => {
  it('lists the changes made here, newest first, with old and new values, source and policy version', async () => {
    const { user } = await openPreferences();
    await user.click(screen.getByRole('switch', { name: 'Text messages (SMS)' }));
    await user.click(screen.getByRole('switch', { name: 'Newsletter' }));
    await screen.findByRole('switch', { name: 'Newsletter', checked: false });
    // The switches change at once; the history is read from the server, so wait for both saves.
    await waitFor(() => expect(savedPreferences()).toMatchObject({ channels: { sms: true }, topics: { newsletter: false } }));
    await user.click(screen.getByRole('link', { name: 'History of your choices' }));
    await screen.findByRole('heading', { level: 1, name: 'History of your choices' });

    expect(screen.getByRole('heading', { level: 2, name: '10 changes in all.' })).toBeInTheDocument();
    const [newest, second, third] = entries();
    expect(newest).toMatch(/What changedNewsletterChangeOn → OffWhereThis portalPrivacy policy version\d{4}-\d{2}-\d{2}/);
    expect(second).toMatch(/What changedText messages \(SMS\)ChangeNo choice yet → OnWhereThis portal/);
    // From the fixture: the Facebook consent given at checkout.
    expect(third).toMatch(/Personalised advertising: FacebookChangeNo choice yet → OnWhereWhen ordering \(checkout\)/);
    expect(screen.getByText('Showing 10 of 10.')).toBeInTheDocument();
  });

  it('pages through a long history with "Show more"', async () => {
    const { user } = await openPreferences();
    await user.click(screen.getByRole('button', { name: 'Stop all marketing' }));
    await screen.findByText(/All marketing is stopped/);
    await user.click(screen.getByRole('link', { name: 'History of your choices' }));
    await screen.findByRole('heading', { level: 1, name: 'History of your choices' });
    // 8 earlier changes + 4 switched off + the objection.
    expect(screen.getByRole('heading', { level: 2, name: '13 changes in all.' })).toBeInTheDocument();
    expect(entries()).toHaveLength(10);
    expect(entries()[0]).toMatch(/Objection to direct marketingChangeNo choice yet → On/);
    await user.click(screen.getByRole('button', { name: 'Show more' }));
    expect(await screen.findByText('Showing 13 of 13.')).toBeInTheDocument();
    expect(entries().at(-1)).toMatch(/E-mailChangeNo choice yet → OnWhereWhen ordering \(checkout\)/);
    expect(screen.queryByRole('button', { name: 'Show more' })).not.toBeInTheDocument();
    expect(entries().some((entry) => /Aptolux staff/.test(entry))).toBe(true);
    expect(entries().some((entry) => /A link in an e-mail/.test(entry))).toBe(true);
  });

  describe('downloads', () => {
    let saved: { blob: Blob; fileName: string }[] = [];
    let createObjectURL: typeof URL.createObjectURL | undefined;

    beforeEach(() => {
      saved = [];
      createObjectURL = URL.createObjectURL;
      // jsdom has no object URLs and cannot navigate: keep what the page hands to the browser.
      const blobs = new Map<string, Blob>();
      URL.createObjectURL = (blob: Blob | MediaSource) => {
        const url = `blob:test/${blobs.size}`;
        blobs.set(url, blob as Blob);
        return url;
      };
      vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
        const blob = blobs.get(this.href);
        if (blob) saved.push({ blob, fileName: this.download });
      });
    });

    afterEach(() => {
      if (createObjectURL) URL.createObjectURL = createObjectURL;
      else Reflect.deleteProperty(URL, 'createObjectURL');
    });

    it('downloads the history as CSV and JSON, including the changes just made', async () => {
      const { user } = await openPreferences();
      await user.click(screen.getByRole('switch', { name: 'Post' }));
      await screen.findByRole('switch', { name: 'Post', checked: true });
      await waitFor(() => expect(savedPreferences().channels.post).toBe(true));
      await user.click(screen.getByRole('link', { name: 'History of your choices' }));
      await screen.findByRole('heading', { level: 1, name: 'History of your choices' });

      await user.click(screen.getByRole('button', { name: 'Download as CSV' }));
      expect(await screen.findByText(/^Downloaded aptolux-consent-history-\d{4}-\d{2}-\d{2}\.csv\.$/)).toBeInTheDocument();
      await user.click(screen.getByRole('button', { name: 'Download as JSON' }));
      expect(await screen.findByText(/^Downloaded aptolux-consent-history-\d{4}-\d{2}-\d{2}\.json\.$/)).toBeInTheDocument();

      const [csv, json] = saved;
      expect(csv?.fileName).toMatch(/\.csv$/);
      const rows = (await csv!.blob.text()).trim().split(/\r?\n/);
      expect(rows[0]).toBe('at,key,from,to,source,policyVersion');
      expect(rows).toHaveLength(10);
      expect(rows[1]).toMatch(/^[^,]+,channels\.post,,true,portal,\d{4}-\d{2}-\d{2}$/);

      const document = JSON.parse(await json!.blob.text()) as { items: { key: string; from: boolean | null; to: boolean; source: string }[] };
      expect(document.items).toHaveLength(9);
      expect(document.items[0]).toMatchObject({ key: 'channels.post', from: null, to: true, source: 'portal' });
    });
  });
});
