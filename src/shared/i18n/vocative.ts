import type { Language } from './languages';

// Latvian speaks to a person in the vocative: "Sveiki, Jāni!", never "Sveiki, Jānis!" (the
// nominative the API sends). Only masculine names ending in -s or -š change: Jānis → Jāni,
// Mikus → Miku, Roberts → Robert, Mārtiņš → Mārtiņ, Andrejs → Andrej. Names ending in a vowel
// (Anna, Ilze, Marija) keep their form, and so do -as/-es/-os names (Tomas, Agnes), which are not
// Latvian and whose vocative a rule cannot know.
const consonantThenS = /[bcčdfgģhjkķlļmnņprsštvzž][sš]$/i;

function latvianVocative(word: string): string {
  if (word.length < 3) return word;
  if (/(is|us)$/i.test(word) || consonantThenS.test(word)) return word.slice(0, -1);
  return word;
}

/** A first name as the page language addresses the person ("Jāni" in Latvian, "Jānis" in English). */
export function nameToAddress(language: Language, name: string): string {
  if (language !== 'lv') return name;
  // A double name ("Jānis Pēteris", "Anna-Marija") is addressed in both parts.
  return name.replace(/\p{L}+/gu, latvianVocative);
}
