import type { MessageFormatElement } from '@formatjs/icu-messageformat-parser';
import type { Language } from './languages';

// Messages come in parts, each its own chunk per language: the core catalogue
// (src/locales/en.ts, lv.ts: shell, sign-in, overview, errors), loaded before the first page,
// and one catalogue per feature (src/locales/<feature>.en.ts, .lv.ts), loaded by that feature's
// route loader beside its data. A page downloads only the words it shows.

/** ICU strings in dev and tests; already parsed in builds (tooling/precompile-messages.ts). */
export type Message = string | MessageFormatElement[];
type Messages = Readonly<Record<string, Message>>;

const core: Record<Language, () => Promise<Messages>> = {
  en: () => import('../../locales/en').then((module) => module.en),
  lv: () => import('../../locales/lv').then((module) => module.lv),
};

const featureFiles = import.meta.glob<{ messages: Messages }>('../../locales/*.{en,lv}.ts');

const merged = new Map<Language, Record<string, Message>>();
const loadedParts = new Set<string>();

function load(language: Language, namespace: string): Promise<Messages> {
  if (namespace === 'core') return core[language]();
  const file = featureFiles[`../../locales/${namespace}.${language}.ts`];
  if (!file) return Promise.reject(new Error(`No "${namespace}" messages in ${language}`));
  return file().then((module) => module.messages);
}

export function isLoaded(language: Language, namespace: string): boolean {
  return loadedParts.has(`${namespace}:${language}`);
}

export async function loadMessages(language: Language, namespace = 'core'): Promise<void> {
  if (isLoaded(language, namespace)) return;
  const messages = await load(language, namespace);
  merged.set(language, { ...merged.get(language), ...messages });
  loadedParts.add(`${namespace}:${language}`);
}

export function loadedCatalogue(language: Language): Messages | undefined {
  return merged.get(language);
}
