import type { MessageId } from '../locales/en';

// The portal's sections, in navigation order. A new section: add it here (navigation and the
// overview cards read this list) and its route in src/app/routes.tsx.
export interface Section {
  path: string;
  title: MessageId;
  description: MessageId;
}

export const sections: readonly Section[] = [
  { path: '/data', title: 'myData.navTitle', description: 'myData.navDescription' },
  { path: '/profile', title: 'profile.navTitle', description: 'profile.navDescription' },
  { path: '/preferences', title: 'preferences.title', description: 'preferences.sectionDescription' },
  { path: '/export', title: 'export.title', description: 'export.description' },
  { path: '/requests', title: 'requests.navTitle', description: 'requests.navDescription' },
  { path: '/activity', title: 'activity.title', description: 'activity.description' },

  // Delete my account last: the one step that cannot be taken back.
  { path: '/delete-account', title: 'deletion.title', description: 'deletion.description' },
];
