import { isLoaded, loadMessages } from './catalogues';
import type { Language } from './languages';

// The page language lives outside React so route loaders can make sure its messages are loaded
// before a page renders (no flash of message ids), and so a switch re-renders every subscriber.

type Listener = () => void;

let language: Language = 'en';
let target: Language | null = null;
let chosen: Language | null = null;
const namespaces = new Set<string>();
const listeners = new Set<Listener>();

function emit(): void {
  for (const listener of listeners) listener();
}

export const i18nStore = {
  subscribe(listener: Listener): () => void {
    listeners.add(listener);
    return () => listeners.delete(listener);
  },
  getLanguage(): Language {
    return language;
  },
  /** The language the person picked in the switcher during this visit, if any. */
  getChosen(): Language | null {
    return chosen;
  },
  /** Switches the page to `next` once its core messages and every feature part in use are loaded. */
  async apply(next: Language): Promise<void> {
    target = next;
    // Route loaders run beside the root loader and may add parts while this one loads.
    do {
      await Promise.all(['core', ...namespaces].map((namespace) => loadMessages(next, namespace)));
    } while ([...namespaces].some((namespace) => !isLoaded(next, namespace)));
    if (target !== next) return; // a later call decides
    target = null;
    document.documentElement.lang = next;
    if (next === language) return;
    language = next;
    emit();
  },
  /** A feature's messages, for its route loader: in the page language and any language on its way. */
  async ensure(namespace: string): Promise<void> {
    namespaces.add(namespace);
    const wanted = new Set<Language>([language, target ?? language]);
    await Promise.all([...wanted].map((each) => loadMessages(each, namespace)));
  },
  async choose(next: Language): Promise<void> {
    chosen = next;
    await this.apply(next);
  },
  /** Sign-out forgets the visit's choice along with everything else. */
  forgetChoice(): void {
    chosen = null;
  },
};

/** For route loaders: `await ensureMessages('preferences')` beside the page's queries. */
export function ensureMessages(namespace: string): Promise<void> {
  return i18nStore.ensure(namespace);
}
