import { safeNextPath } from '../../src/shared/lib/safe-next-path';

describe('the page to go to after signing in', () => {
  it.each([
    ['/', '/'],
    ['/profile', '/profile'],
    ['/data/orders?cursor=abc#latest', '/data/orders?cursor=abc#latest'],
    ['/requests?kind=access', '/requests?kind=access'],
  ])('keeps the portal path %s', (next, expected) => {
    expect(safeNextPath(next)).toBe(expected);
  });

  it.each([
    ['nothing', null],
    ['an empty value', ''],
    ['another site', 'https://evil.example/'],
    ['a protocol-relative address', '//evil.example'],
    ['a backslash after the slash', '/\\evil.example'],
    ['a backslash further on', '/profile\\..\\\\evil.example'],
    ['a tab between the slashes', '/\t/evil.example'],
    ['a line feed between the slashes', '/\n/evil.example'],
    ['a carriage return between the slashes', '/\r/evil.example'],
    ['a zero-width space between the slashes', '/\u200b/evil.example'],
    ['a right-to-left override', '/\u202eelifo rp'],
    ['a NUL character', '/profile\u0000'],
    ['a space', '/ /evil.example'],
    ['a no-break space', '/\u00a0/evil.example'],
    ['a javascript: URL', 'javascript:alert(1)'],
    ['a relative path', 'profile'],
  ])('sends %s to the overview', (_what, next) => {
    expect(safeNextPath(next)).toBe('/');
  });
});
