import { parse, TYPE, type MessageFormatElement } from '@formatjs/icu-messageformat-parser';
import { en } from '../../src/locales/en';
import { lv } from '../../src/locales/lv';

// Both catalogues must say everything, with the same placeholders, in valid ICU; Latvian
// plurals must cover Latvian's plural categories (zero, one, other).

function placeholders(elements: MessageFormatElement[], found = new Set<string>()): Set<string> {
  for (const element of elements) {
    if (element.type === TYPE.argument || element.type === TYPE.number || element.type === TYPE.date) {
      found.add(element.value);
    }
    if (element.type === TYPE.plural || element.type === TYPE.select) {
      found.add(element.value);
      for (const option of Object.values(element.options)) placeholders(option.value, found);
    }
  }
  return found;
}

function plurals(elements: MessageFormatElement[]): { name: string; options: string[] }[] {
  return elements.flatMap((element) =>
    element.type === TYPE.plural ? [{ name: element.value, options: Object.keys(element.options) }] : [],
  );
}

type Messages = Readonly<Record<string, string>>;

// The core catalogue plus every feature catalogue (src/locales/<feature>.en.ts / .lv.ts).
const featureFiles = import.meta.glob<{ messages: Messages }>('../../src/locales/*.{en,lv}.ts', { eager: true });
const parts: { name: string; english: Messages; latvian: Messages }[] = [{ name: 'core', english: en, latvian: lv }];
for (const [file, module] of Object.entries(featureFiles)) {
  const match = file.match(/\/([\w-]+)\.en\.ts$/);
  if (!match) continue;
  const latvian = featureFiles[file.replace(/\.en\.ts$/, '.lv.ts')];
  parts.push({ name: match[1] ?? file, english: module.messages, latvian: latvian?.messages ?? {} });
}
const messages = parts.flatMap((part) =>
  Object.keys(part.english).map((id) => ({ id, english: part.english[id] ?? '', latvian: part.latvian[id] })),
);

describe('message catalogues', () => {
  it.each(parts)('$name has the same keys in English and Latvian', ({ english, latvian }) => {
    expect(Object.keys(latvian).sort()).toEqual(Object.keys(english).sort());
  });

  it('use each message id once across all catalogues', () => {
    const ids = messages.map((message) => message.id);
    expect(ids.filter((id, index) => ids.indexOf(id) !== index)).toEqual([]);
  });

  it.each(messages)('$id has the same placeholders in both languages', ({ english, latvian }) => {
    expect([...placeholders(parse(latvian ?? ''))].sort()).toEqual([...placeholders(parse(english))].sort());
  });

  it.each(messages)('$id is not left untranslated or empty', ({ english, latvian }) => {
    expect(latvian?.trim()).not.toBe('');
    expect(english.trim()).not.toBe('');
  });

  it('Latvian plurals name the zero, one and other forms', () => {
    for (const { id, latvian } of messages) {
      for (const plural of plurals(parse(latvian ?? ''))) {
        expect({ id, options: plural.options.filter((option) => ['zero', 'one', 'other'].includes(option)).sort() }).toEqual({
          id,
          options: ['one', 'other', 'zero'],
        });
      }
    }
  });
});
