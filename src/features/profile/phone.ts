import type { PhoneParser } from './validation';

// libphonenumber-js (min metadata) is loaded on first use, in its own chunk: the profile page
// renders without it, and the first check (on save) pulls it in.
let parser: Promise<PhoneParser> | null = null;

/** Numbers without a "+" are read as Latvian (LV), the home market of both tenants. */
export function loadPhoneParser(): Promise<PhoneParser> {
  parser ??= import('libphonenumber-js/min').then(({ parsePhoneNumberFromString }) => (input: string) => {
    const parsed = parsePhoneNumberFromString(input, 'LV');
    return parsed?.isValid() ? parsed.number : null;
  });
  return parser;
}
