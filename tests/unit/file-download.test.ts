import { fileNameFromDisposition } from '../../src/api/file-download';

describe('the name a downloaded file is saved under', () => {
  it.each([
    ['attachment; filename="consent-history.csv"', 'consent-history.csv'],
    ['attachment; filename=aptolux-data.zip', 'aptolux-data.zip'],
    // The UTF-8 name wins over the ASCII fallback, so Latvian letters survive.
    [`attachment; filename="janis-ozolins.json"; filename*=UTF-8''j%C4%81nis-ozoli%C5%86%C5%A1.json`, 'jānis-ozoliņš.json'],
    [`attachment; filename*=UTF-8''dati%20%F0%9F%93%A6.zip`, 'dati 📦.zip'],
  ])('reads %s', (header, expected) => {
    expect(fileNameFromDisposition(header, 'fallback.bin')).toBe(expected);
  });

  it.each([
    ['no header', null],
    ['an empty header', ''],
    ['a header without a name', 'attachment'],
    ['an empty name', 'attachment; filename=""'],
  ])('falls back with %s', (_what, header) => {
    expect(fileNameFromDisposition(header, 'fallback.bin')).toBe('fallback.bin');
  });

  it('never takes a path from the server', () => {
    expect(fileNameFromDisposition('attachment; filename="../../etc/passwd"', 'x')).toBe('passwd');
    expect(fileNameFromDisposition(`attachment; filename*=UTF-8''..%5C..%5Cboot.ini`, 'x')).toBe('boot.ini');
  });

  it('keeps the plain name when the UTF-8 one is malformed', () => {
    expect(fileNameFromDisposition(`attachment; filename="data.zip"; filename*=UTF-8''%E0%A4%A`, 'x')).toBe('data.zip');
  });
});
