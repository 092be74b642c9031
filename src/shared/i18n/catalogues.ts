import type { Language } from './languages';
import type { Catalogue } from '../../locales/en';

// Catalogues are separate chunks: a page loads only the language it shows.
const loaders: Record<Language, () => Promise<Catalogue>> = {
  en: () => import('../../locales/en').then((module) => module.en),
  lv: () => import('../../locales/lv').then((module) => module.lv),
};

const loaded = new Map<Language, Catalogue>();

export async function loadCatalogue(language: Language): Promise<Catalogue> {
  const cached = loaded.get(language);
  if (cached) return cached;
  const catalogue = await loaders[language]();
  loaded.set(language, catalogue);
  return catalogue;
}

export function loadedCatalogue(language: Language): Catalogue | undefined {
  return loaded.get(language);
}
