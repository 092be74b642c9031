import { cleanup, screen, waitFor, within } from '@testing-library/react';
import { unzipSync } from 'fflate';
import { http, HttpResponse } from 'msw';
import { advanceClock, freezeClock, now } from '../../mocks/clock';
import { findCustomerByEmail } from '../../mocks/db';
import { injectFault } from '../../mocks/faults';
import { server } from '../../mocks/node';
import type { Export } from '../../src/api/types';
import { renderApp, renderSignedIn } from '../utils/render-app';
import { signInKeepingDeletion } from '../utils/scheduled-deletion';

// The page polls once a second in real time; the mock clock, which decides how far an export
// has come, stands still (see beforeEach) and moves only when the test moves it.
const POLLED = { timeout: 6_000 };

// jsdom has no object URLs and cannot save files: keep what the page hands to the browser.
const blobs = new Map<string, Blob>();
let saved: { name: string; blob: Blob }[] = [];
beforeAll(() => {
  URL.createObjectURL = (blob: Blob) => {
    const url = `blob:test/${blobs.size}`;
    blobs.set(url, blob);
    return url;
  };
  URL.revokeObjectURL = () => undefined;
  document.addEventListener(
    'click',
    (event) => {
      const link = event.target;
      if (link instanceof HTMLAnchorElement && link.download) {
        event.preventDefault();
        saved.push({ name: link.download, blob: blobs.get(link.getAttribute('href') ?? '') as Blob });
      }
    },
    true,
  );
});
beforeEach(() => {
  saved = [];
  // An export is queued for 0.5 s of mock time and ready after 4.5 s: with a running clock a busy
  // machine could skip "Waiting to start" or "Half done" altogether.
  freezeClock();
});


async function openExportPage(email = 'anna@example.com') {
  const app = await renderSignedIn(email, '/export');
  await screen.findByRole('heading', { level: 1, name: 'Download my data' });
  return app;
}

function exportsList() {
  return screen.getByRole('region', { name: 'Your exports' });
}

async function waitUntilReady() {
  advanceClock(20_000);
  return screen.findByRole('button', { name: /^Download the/ }, POLLED);
}

describe('download my data', () => {
  it('requests a JSON export, shows its progress, and downloads the complete file', async () => {
    const { user } = await openExportPage();
    expect(screen.getByText('You have not requested an export yet.')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Request export' }));

    const progress = await screen.findByRole('progressbar', { name: 'Progress of the JSON export' });
    expect(within(exportsList()).getByRole('status')).toHaveTextContent('Waiting to start');
    // 2.1 s into 4 s of preparation.
    advanceClock(2_600);
    expect(await within(exportsList()).findByText('Half done', {}, POLLED)).toBeInTheDocument();
    expect(progress).toHaveAttribute('value', '52');

    const download = await waitUntilReady();
    expect(screen.getByText('Ready to download')).toBeInTheDocument();
    expect(screen.getByText(/^in 7 days/)).toBeInTheDocument();
    expect(screen.queryByRole('progressbar')).not.toBeInTheDocument();
    await user.click(download);

    expect(await screen.findByText(/^Saved as aptolux-data-export-\d{4}-\d{2}-\d{2}\.json\.$/)).toBeInTheDocument();
    expect(saved).toHaveLength(1);
    const file = JSON.parse(await saved[0]!.blob.text()) as { schemaVersion: string; categories: Record<string, { items?: unknown[] }> };
    expect(file.schemaVersion).toBe('1.1');
    expect(file.categories.orders?.items?.length).toBeGreaterThan(10);
  });

  it('keeps the export going while the person is on another page', async () => {
    const { user } = await openExportPage();
    await user.click(screen.getByRole('button', { name: 'Request export' }));
    await screen.findByRole('progressbar', { name: 'Progress of the JSON export' });
    const navigation = screen.getByRole('navigation', { name: 'Sections' });
    await user.click(within(navigation).getByRole('link', { name: 'Overview' }));
    await screen.findByRole('heading', { level: 1, name: 'Hello, Anna' });
    advanceClock(20_000);
    await user.click(within(navigation).getByRole('link', { name: 'Download my data' }));
    await screen.findByRole('heading', { level: 1, name: 'Download my data' });
    expect(await within(exportsList()).findByText('Ready to download', {}, POLLED)).toBeInTheDocument();
    expect(within(exportsList()).getAllByRole('listitem')).toHaveLength(1);
  });

  it('requests a CSV export in a ZIP with one CSV per chosen category', async () => {
    const { user } = await openExportPage();
    await user.click(screen.getByRole('radio', { name: /^CSV in a ZIP archive/ }));
    const categories = screen.getByRole('group', { name: 'What to include' });
    for (const checkbox of within(categories).getAllByRole('checkbox')) await user.click(checkbox);
    await user.click(screen.getByRole('button', { name: 'Request export' }));
    expect(screen.getByRole('alert')).toHaveTextContent('Choose at least one category.');

    await user.click(within(categories).getByRole('checkbox', { name: /orders/i }));
    await user.click(within(categories).getByRole('checkbox', { name: /contact/i }));
    await user.click(screen.getByRole('button', { name: 'Request export' }));
    expect(await within(exportsList()).findByText('2 categories')).toBeInTheDocument();
    await user.click(await waitUntilReady());

    await screen.findByText(/^Saved as aptolux-data-export-.*\.zip\.$/);
    const files = unzipSync(new Uint8Array(await saved[0]!.blob.arrayBuffer()));
    expect(Object.keys(files).sort()).toEqual(['README.txt', 'contact.csv', 'fields.csv', 'orders.csv']);
    expect([...files['orders.csv']!.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
  });

  it('makes one export from a double click', async () => {
    const { user, queryClient } = await openExportPage();
    await user.dblClick(screen.getByRole('button', { name: 'Request export' }));
    await screen.findByRole('progressbar', { name: 'Progress of the JSON export' });
    // Ask the server, not the cache: once both clicks are answered, a fresh page shows one export.
    await waitFor(() => expect(queryClient.isMutating()).toBe(0));
    cleanup();
    renderApp('/export');
    await screen.findByRole('heading', { level: 1, name: 'Download my data' });
    expect(within(exportsList()).getAllByRole('listitem')).toHaveLength(1);
  });

  it('says when starting an export failed, and the retry makes it', async () => {
    injectFault({ kind: 'server-error', method: 'POST', path: '/me/exports' });
    const { user } = await openExportPage();
    await user.click(screen.getByRole('button', { name: 'Request export' }));
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('We could not start your export');
    await user.click(within(alert).getByRole('button', { name: 'Try again' }));
    expect(await screen.findByRole('progressbar', { name: 'Progress of the JSON export' })).toBeInTheDocument();
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
  });

  it('when the answer is lost on the way back, "Try again" gets the same export, not a second one', async () => {
    // The backend creates the export; the connection drops before its answer arrives.
    injectFault({ kind: 'lost-answer', method: 'POST', path: '/me/exports' });
    const { user } = await openExportPage();
    await user.click(screen.getByRole('button', { name: 'Request export' }));
    const alert = await screen.findByRole('alert');
    expect(findCustomerByEmail('anna@example.com')?.exports).toHaveLength(1);
    await user.click(within(alert).getByRole('button', { name: 'Try again' }));
    expect(await screen.findByRole('progressbar', { name: 'Progress of the JSON export' })).toBeInTheDocument();
    expect(findCustomerByEmail('anna@example.com')?.exports).toHaveLength(1);
    expect(within(exportsList()).getAllByRole('listitem')).toHaveLength(1);
  });

  it('says when preparing failed on the server and offers to request it again', async () => {
    const { user } = await openExportPage();
    await user.click(screen.getByRole('button', { name: 'Request export' }));
    await screen.findByRole('progressbar');
    server.use(
      http.get('*/api/v1/me/exports/:exportId', ({ params }) => {
        const failed: Export = { id: String(params.exportId), format: 'json', categories: ['identity'], status: 'failed', progress: 0, createdAt: new Date().toISOString(), readyAt: null, expiresAt: null, sizeBytes: null, fileName: null };
        return HttpResponse.json(failed);
      }, { once: true }),
    );
    expect(await screen.findByText('Preparing this export failed.', {}, POLLED)).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Request again' }));
    await waitFor(() => expect(within(exportsList()).getAllByRole('listitem')).toHaveLength(2));
  });

  it('shows an expired export as such and requests it again', async () => {
    // An export from eight days ago: its link lasted seven.
    findCustomerByEmail('anna@example.com')?.exports.push({
      id: 'exp-old', format: 'csv_zip', categories: ['identity', 'orders'], createdAt: new Date(now().getTime() - 8 * 86_400_000).toISOString(), sizeBytes: 2048,
    });
    const { user } = await openExportPage();
    expect(within(exportsList()).getByRole('status')).toHaveTextContent('The download link has expired.');
    expect(screen.getByText('Link expired')).toBeInTheDocument();
    expect(screen.getByText(/^yesterday \(/)).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: /^Download the/ })).not.toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Request again' }));
    expect(await screen.findByRole('progressbar', { name: 'Progress of the CSV (ZIP) export' })).toBeInTheDocument();
    expect(within(exportsList()).getAllByRole('listitem')).toHaveLength(2);
  });

  it('says when the next export is possible after too many', async () => {
    const { user } = await openExportPage();
    const formats = [/^JSON/, /^CSV/, /^JSON/, /^CSV/];
    for (let count = 1; count <= 3; count += 1) {
      // Each choice is a new attempt (the same choice again would be the same export).
      await user.click(screen.getByRole('radio', { name: formats[count - 1] }));
      await user.click(screen.getByRole('button', { name: 'Request export' }));
      await waitFor(() => expect(within(exportsList()).getAllByRole('listitem')).toHaveLength(count));
    }
    await user.click(screen.getByRole('radio', { name: formats[3] }));
    await user.click(screen.getByRole('button', { name: 'Request export' }));
    expect(await screen.findByRole('alert')).toHaveTextContent(/You can request a new one in (60 minutes|1 hour)/);
  });

  it('still works while a deletion is scheduled: taking a copy changes nothing', async () => {
    const { user } = await signInKeepingDeletion('/export');
    await screen.findByRole('heading', { level: 1, name: 'Download my data' });
    expect(screen.getByText(/Until then it can be viewed but not changed\./)).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Request export' }));
    await user.click(await waitUntilReady());
    expect(await screen.findByText(/^Saved as aptolux-data-export-\d{4}-\d{2}-\d{2}\.json\.$/)).toBeInTheDocument();
    const file = JSON.parse(await saved[0]!.blob.text()) as { schemaVersion: string };
    expect(file.schemaVersion).toBe('1.1');
    expect(findCustomerByEmail('anna@example.com')?.deletion).not.toBeNull();
  });

  it('asks for the password when the last confirmation is too old, then downloads', async () => {
    const { user } = await openExportPage();
    await user.click(screen.getByRole('button', { name: 'Request export' }));
    await waitUntilReady();
    advanceClock(6 * 60_000);
    await user.click(screen.getByRole('button', { name: /^Download the/ }));

    const dialog = await screen.findByRole('dialog', { name: 'Confirm your password' });
    await user.type(within(dialog).getByLabelText('Password'), 'wrong-password');
    await user.click(within(dialog).getByRole('button', { name: 'Confirm and download' }));
    // The message is the field's description, and focus is back in the field to hear it.
    await waitFor(() => expect(within(dialog).getByLabelText('Password')).toHaveAccessibleDescription(/That password is not right\./));
    expect(within(dialog).getByLabelText('Password')).toHaveFocus();
    await user.clear(within(dialog).getByLabelText('Password'));
    await user.type(within(dialog).getByLabelText('Password'), 'privacy-demo');
    await user.click(within(dialog).getByRole('button', { name: 'Confirm and download' }));

    expect(await screen.findByText(/^Saved as aptolux-data-export-.*\.json\.$/)).toBeInTheDocument();
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
  });
});
