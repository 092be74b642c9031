import { en } from '../../src/locales/en';
import { lv } from '../../src/locales/lv';

// Every message the portal can show: the core catalogue plus every feature catalogue
// (src/locales/<feature>.en.ts / .lv.ts), side by side, for the catalogue tests.

type Messages = Readonly<Record<string, string>>;

export interface CataloguePart {
  name: string;
  english: Messages;
  latvian: Messages;
}

export interface CatalogueMessage {
  id: string;
  english: string;
  latvian: string | undefined;
}

const featureFiles = import.meta.glob<{ messages: Messages }>('../../src/locales/*.{en,lv}.ts', { eager: true });

export const catalogueParts: CataloguePart[] = [{ name: 'core', english: en, latvian: lv }];
for (const [file, module] of Object.entries(featureFiles)) {
  const match = file.match(/\/([\w-]+)\.en\.ts$/);
  if (!match) continue;
  const latvian = featureFiles[file.replace(/\.en\.ts$/, '.lv.ts')];
  catalogueParts.push({ name: match[1] ?? file, english: module.messages, latvian: latvian?.messages ?? {} });
}

export const catalogueMessages: CatalogueMessage[] = catalogueParts.flatMap((part) =>
  Object.keys(part.english).map((id) => ({ id, english: part.english[id] ?? '', latvian: part.latvian[id] })),
);
