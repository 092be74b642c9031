import type { MessageId } from '../locales/en';

// The portal's sections, in navigation order. A new section: add it here (navigation and the
// overview cards read this list) and its route in src/app/routes.tsx.
export interface Section {
  path: string;
  title: MessageId;
  description: MessageId;
}

export const sections: readonly Section[] = [];
