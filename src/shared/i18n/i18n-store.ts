import { loadCatalogue } from './catalogues';
import type { Language } from './languages';

// The page language lives outside React so route loaders can make sure its catalogue is loaded
// before a page renders (no flash of message ids), and so a switch re-renders every subscriber.

type Listener = () => void;

let language: Language = 'en';
let chosen: Language | null = null;
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
  async apply(next: Language): Promise<void> {
    await loadCatalogue(next);
    document.documentElement.lang = next;
    if (next === language) return;
    language = next;
    emit();
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
