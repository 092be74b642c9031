import { parse, TYPE, type MessageFormatElement, type PluralElement } from '@formatjs/icu-messageformat-parser';
import { catalogueMessages as messages, catalogueParts as parts } from '../utils/catalogue-messages';

// Both catalogues must say everything, with the same placeholders, in valid ICU; Latvian
// plurals must cover Latvian's plural categories (zero, one, other), and every count says
// "none" in words ("No devices", "Nav ierīču"), never "0 devices".

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

/** Every plural in a message, also those inside another plural's or a select's branches. */
function plurals(elements: MessageFormatElement[]): PluralElement[] {
  return elements.flatMap((element) => {
    if (element.type !== TYPE.plural && element.type !== TYPE.select) return [];
    const nested = Object.values(element.options).flatMap((option) => plurals(option.value));
    return element.type === TYPE.plural ? [element, ...nested] : nested;
  });
}

// Quantities the portal never shows as zero: limits from the contract are at least 1, and a
// grace period of 0 days has messages of its own ("deleted at once").
const neverZero = new Set(['limit', 'max', 'days']);

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
        const options = Object.keys(plural.options);
        expect({ id, options: options.filter((option) => ['zero', 'one', 'other'].includes(option)).sort() }).toEqual({
          id,
          options: ['one', 'other', 'zero'],
        });
      }
    }
  });

  it('every count says "none" in words in both languages (an =0 branch)', () => {
    const missing = messages.flatMap(({ id, english, latvian }) =>
      [
        ['en', english],
        ['lv', latvian ?? ''],
      ].flatMap(([language, text]) =>
        plurals(parse(text ?? ''))
          .filter((plural) => !neverZero.has(plural.value) && !('=0' in plural.options))
          .map((plural) => `${id} (${language}): {${plural.value}}`),
      ),
    );
    expect(missing).toEqual([]);
  });
});
