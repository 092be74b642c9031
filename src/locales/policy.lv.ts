import type { messages as english } from './policy.en';

// The privacy policy page's messages (Latvian), the same keys as policy.en.ts.
export const messages: Record<keyof typeof english, string> = {
  'policy.title': 'Privātuma politika',
  'policy.meta': 'Redakcija {version}, publicēšanas datums: {date}.',
  'policy.onSite': 'Politika uzņēmuma {organization} tīmekļa vietnē',
};
