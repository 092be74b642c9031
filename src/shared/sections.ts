import type { MessageId } from '../locales/en';

// The portal's sections, in navigation order. A new section: add it here (navigation and the
// overview cards read this list) and its route in src/app/routes.tsx.
export interface Section {
  path: string;
  title: MessageId;
  description: MessageId;
}

export const sections: readonly Section[] = [
  // See my data (issue 3)
  { path: '/data', title: 'myData.navTitle', description: 'myData.navDescription' },

  // Correct my data (issue 3)
  { path: '/profile', title: 'profile.navTitle', description: 'profile.navDescription' },

  // Marketing preferences (issue 4)
  { path: '/preferences', title: 'preferences.title', description: 'preferences.sectionDescription' },

  // Download my data (issue 6)
  { path: '/export', title: 'export.title', description: 'export.description' },

  // My other rights (capability 7)
  { path: '/requests', title: 'requests.navTitle', description: 'requests.navDescription' },

  // Policy changes and activity (capability 8)
  { path: '/activity', title: 'activity.title', description: 'activity.description' },

  // Delete my account (issue 5) — last: the one step that cannot be taken back.
  { path: '/delete-account', title: 'deletion.title', description: 'deletion.description' },
];
