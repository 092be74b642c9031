// The privacy policy page's messages (English). The notice shown on every page is in the core
// catalogue (en.ts), because the layout renders it before this part loads.
export const messages = {
  'policy.title': 'Privacy policy',
  'policy.meta': 'Version {version}, published on {date}.',
  'policy.onSite': 'The policy on the website of {organization}',
} as const;
