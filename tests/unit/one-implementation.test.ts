import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';

// Some jobs must be done in exactly one place in the app, so a fix reaches every page at once.
// This test fails when a page does one of them again on its own.

const root = path.resolve(import.meta.dirname, '../..');

function appFiles(dir = 'src'): string[] {
  return readdirSync(path.join(root, dir), { withFileTypes: true }).flatMap((entry) => {
    const relative = path.posix.join(dir, entry.name);
    if (entry.isDirectory()) return appFiles(relative);
    return /\.(ts|tsx)$/.test(entry.name) && !/\.gen\.ts$/.test(entry.name) ? [relative] : [];
  });
}

const jobs = [
  {
    job: 'saving a downloaded file (object URL, <a download>)',
    shape: /createObjectURL|\.download\s*=/,
    home: 'src/shared/lib/save-file.ts',
  },
  {
    job: 'reading the file name a download was sent with',
    shape: /Content-Disposition/i,
    home: 'src/api/file-download.ts',
  },
  {
    job: 'filing a rights request (POST /me/requests with its Idempotency-Key)',
    shape: /POST\(\s*'\/me\/requests'/,
    home: 'src/shared/requests/file-request.ts',
  },
];

describe('one implementation per job', () => {
  const files = appFiles();
  it.each(jobs)('$job lives only in $home', ({ shape, home }) => {
    const doers = files.filter((file) => shape.test(readFileSync(path.join(root, file), 'utf8')));
    expect(doers).toEqual([home]);
  });
});
