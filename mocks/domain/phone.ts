// Phone numbers arrive in any international format ("+371 2000 0001", "00371-20000001",
// "+44 (20) 7946 0000") and are stored as E.164. Returns null when it is not a plausible one.
export function normalisePhone(input: string): string | null {
  let compact = input.replace(/[\s\u00a0\-()./]/g, '');
  if (compact.startsWith('00')) compact = `+${compact.slice(2)}`;
  return /^\+[1-9]\d{7,14}$/.test(compact) ? compact : null;
}
