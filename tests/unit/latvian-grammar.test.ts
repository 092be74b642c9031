import { parse, TYPE, type MessageFormatElement } from '@formatjs/icu-messageformat-parser';
import { catalogueMessages } from '../utils/catalogue-messages';

// Latvian declines nouns, but what fills a placeholder cannot be declined: Intl writes a date in
// the nominative ("2026. gada 29. novembris") and a company name ("Fotolukss") has one form. A
// Latvian message may therefore put a placeholder only where the nominative is right, or let a
// noun before it carry the case: "Atbildes termiņš: {date}", "uzņēmumam {organization}".

interface Slot {
  id: string;
  name: string;
  /** The text right before the placeholder in the same branch ('' when something else is there). */
  before: string;
  /** True at the very start of the message or of a plural/select branch. */
  atStart: boolean;
  after: string;
}

function slots(id: string, elements: MessageFormatElement[], found: Slot[] = []): Slot[] {
  elements.forEach((element, index) => {
    if (element.type === TYPE.argument) {
      const previous = elements[index - 1];
      const next = elements[index + 1];
      found.push({
        id,
        name: element.value,
        before: previous?.type === TYPE.literal ? previous.value : '',
        atStart: index === 0,
        after: next?.type === TYPE.literal ? next.value : '',
      });
    }
    if (element.type === TYPE.plural || element.type === TYPE.select) {
      for (const option of Object.values(element.options)) slots(id, option.value, found);
    }
  });
  return found;
}

const latvianSlots = catalogueMessages.flatMap(({ id, latvian }) => slots(id, parse(latvian ?? '')));
const lastWord = (text: string) => text.trim().split(/\s+/).pop()?.toLowerCase() ?? '';
const firstWord = (text: string) => text.trim().split(/\s+/)[0]?.toLowerCase() ?? '';
const describeSlot = (slot: Slot) => `${slot.id}: “${slot.before}{${slot.name}}${slot.after}”`;

// The placeholders the portal fills with a date or time formatted by Intl (checked below
// against the source, so a new one cannot slip past).
const datePlaceholders = new Set(['date', 'until', 'since', 'lastSeen', 'first', 'last', 'time']);
// Nouns after which a date stands in apposition, in the nominative: "JSON eksports, 2026. gada …".
const nounsBeforeDate = new Set(['eksports,']);

// Placeholders that hold digits, which read the same in every case ("Parādīti: 10 no 250").
const numericPlaceholders = new Set(['count', 'shown', 'total', 'percent', 'rating', 'quantity', 'last4', 'step']);
// Names of companies, partners and people: one form only.
const namePlaceholders = new Set(['organization', 'name', 'partner', 'provider', 'authority']);

const prepositions = new Set([
  'aiz', 'ap', 'apakš', 'ar', 'bez', 'caur', 'gar', 'iekš', 'kopš', 'līdz', 'no', 'pa', 'pār', 'pāri', 'par', 'pēc',
  'pie', 'pirms', 'pret', 'priekš', 'starp', 'uz', 'virs', 'zem',
]);
const postpositions = new Set(['dēļ', 'labad']);

describe('Latvian placeholders that cannot decline', () => {
  it('finds the placeholders it checks (the check itself works)', () => {
    expect(latvianSlots.filter((slot) => datePlaceholders.has(slot.name)).length).toBeGreaterThan(10);
    expect(latvianSlots.filter((slot) => slot.name === 'organization').length).toBeGreaterThan(10);
  });

  it('puts a date only after a label (“Atbildes termiņš: {date}”), in parentheses, at the start, or after a listed noun', () => {
    const wrong = latvianSlots
      .filter((slot) => datePlaceholders.has(slot.name))
      .filter((slot) => {
        if (slot.atStart) return false;
        if (/:\s$/.test(slot.before) || /\($/.test(slot.before)) return false;
        return !nounsBeforeDate.has(lastWord(slot.before));
      })
      .map(describeSlot);
    expect(wrong).toEqual([]);
  });

  it('never puts a word that would need declining right after a preposition or before a postposition', () => {
    const wrong = latvianSlots
      .filter((slot) => !numericPlaceholders.has(slot.name))
      .filter((slot) => (!slot.atStart && prepositions.has(lastWord(slot.before))) || postpositions.has(firstWord(slot.after)))
      .map(describeSlot);
    expect(wrong).toEqual([]);
  });

  it('lets a noun carry the dative a debitive needs (“uzņēmumam {organization} jāatbild”)', () => {
    const wrong = latvianSlots
      .filter((slot) => namePlaceholders.has(slot.name) && /^\s*jā\p{L}+/u.test(slot.after))
      .filter((slot) => !/\p{L}(am|ai|im|um|iem|ām|ēm|īm)\s$/u.test(slot.before))
      .map(describeSlot);
    expect(wrong).toEqual([]);
  });

  it('knows every placeholder the portal fills with a formatted date', () => {
    const sources = import.meta.glob<string>('../../src/**/*.{ts,tsx}', { query: '?raw', import: 'default', eager: true });
    const filledWithDates = new Set<string>();
    for (const source of Object.values(sources)) {
      for (const match of source.matchAll(/(\w+):\s*format(?:Date|DateTime|CalendarDay)\(/g)) filledWithDates.add(match[1] ?? '');
      // A formatted date kept in a variable and passed in shorthand: `t('…', { due })`.
      for (const match of source.matchAll(/(?:const|let)\s+(\w+)\s*=(?![^;\n]*\bt\()[^;\n]*format(?:Date|DateTime|CalendarDay)\(/g)) {
        const name = match[1] ?? '';
        if (new RegExp(`\\bt\\('[\\w.]+',\\s*\\{(?:[^}]*,)?\\s*${name}\\s*[,}]`).test(source)) filledWithDates.add(name);
      }
    }
    expect(filledWithDates.size).toBeGreaterThan(3);
    expect([...filledWithDates].filter((name) => !datePlaceholders.has(name))).toEqual([]);
  });
});
