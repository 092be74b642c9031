import { safeHref } from '../../src/shared/lib/safe-href';

describe('links to addresses the API gives', () => {
  it.each([
    'https://www.dvi.gov.lv/lv',
    'http://example.com/privacy',
    '/policy',
    'policy#cookies',
  ])('links %s', (url) => {
    expect(safeHref(url)).toBe(url);
  });

  it.each([
    ['nothing', null],
    ['an empty value', ''],
    ['a javascript: URL', 'javascript:alert(1)'],
    ['a javascript: URL in capitals', 'JaVaScRiPt:alert(1)'],
    ['a javascript: URL with a tab inside', 'java\tscript:alert(1)'],
    ['a javascript: URL with leading spaces', '  javascript:alert(1)'],
    ['a javascript: URL with a leading control character', '\u0001javascript:alert(1)'],
    ['a data: URL', 'data:text/html,<script>alert(1)</script>'],
    ['a vbscript: URL', 'vbscript:msgbox(1)'],
    ['a file: URL', 'file:///etc/passwd'],
    ['a malformed address', 'http://['],
  ])('does not link %s', (_what, url) => {
    expect(safeHref(url)).toBeNull();
  });
});
