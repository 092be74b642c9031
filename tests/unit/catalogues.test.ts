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

const ids = Object.keys(en) as (keyof typeof en)[];

describe('message catalogues', () => {
  it('have the same keys in English and Latvian', () => {
    expect(Object.keys(lv).sort()).toEqual([...ids].sort());
  });

  it.each(ids)('%s has the same placeholders in both languages', (id) => {
    const english = placeholders(parse(en[id]));
    const latvian = placeholders(parse(lv[id]));
    expect([...latvian].sort()).toEqual([...english].sort());
  });

  it.each(ids)('%s is not left untranslated or empty', (id) => {
    expect(lv[id].trim()).not.toBe('');
    expect(en[id].trim()).not.toBe('');
  });

  it('Latvian plurals name the zero, one and other forms', () => {
    for (const id of ids) {
      for (const plural of plurals(parse(lv[id]))) {
        expect({ id, options: plural.options.filter((option) => ['zero', 'one', 'other'].includes(option)).sort() }).toEqual({
          id,
          options: ['one', 'other', 'zero'],
        });
      }
    }
  });
});
