import type { Language } from '../i18n/languages';

// Countries, once for the whole project: the codes an address may use (the contract's list,
// also what the demo backend accepts), their names from Intl, and whether a country is in the
// EU/EEA (a recipient elsewhere means a transfer outside it, GDPR Chapter V).

export const countryCodes: readonly string[] = (
  'AD AE AF AG AI AL AM AO AQ AR AS AT AU AW AX AZ BA BB BD BE BF BG BH BI BJ BL BM BN BO BQ BR BS BT BV BW BY BZ ' +
  'CA CC CD CF CG CH CI CK CL CM CN CO CR CU CV CW CX CY CZ DE DJ DK DM DO DZ EC EE EG EH ER ES ET FI FJ FK FM FO FR ' +
  'GA GB GD GE GF GG GH GI GL GM GN GP GQ GR GS GT GU GW GY HK HM HN HR HT HU ID IE IL IM IN IO IQ IR IS IT JE JM JO JP ' +
  'KE KG KH KI KM KN KP KR KW KY KZ LA LB LC LI LK LR LS LT LU LV LY MA MC MD ME MF MG MH MK ML MM MN MO MP MQ MR MS MT ' +
  'MU MV MW MX MY MZ NA NC NE NF NG NI NL NO NP NR NU NZ OM PA PE PF PG PH PK PL PM PN PR PS PT PW PY QA RE RO RS RU RW ' +
  'SA SB SC SD SE SG SH SI SJ SK SL SM SN SO SR SS ST SV SX SY SZ TC TD TF TG TH TJ TK TL TM TN TO TR TT TV TW TZ UA UG ' +
  'UM US UY UZ VA VC VE VG VI VN VU WF WS YE YT ZA ZM ZW'
).split(' ');

// EU member states plus Iceland, Liechtenstein and Norway.
const eea = new Set([
  'AT', 'BE', 'BG', 'HR', 'CY', 'CZ', 'DK', 'EE', 'FI', 'FR', 'DE', 'GR', 'HU', 'IE', 'IT', 'LV', 'LT', 'LU',
  'MT', 'NL', 'PL', 'PT', 'RO', 'SK', 'SI', 'ES', 'SE', 'IS', 'LI', 'NO',
]);

export function isInEea(country: string): boolean {
  return eea.has(country);
}

const displayNames = new Map<Language, Intl.DisplayNames>();

export function countryName(language: Language, country: string): string {
  let display = displayNames.get(language);
  if (!display) {
    display = new Intl.DisplayNames([language], { type: 'region', fallback: 'code' });
    displayNames.set(language, display);
  }
  return display.of(country) ?? country;
}

const options = new Map<Language, { code: string; name: string }[]>();

/** Every address country, named and sorted in the page language (for a <select>). */
export function countryOptions(language: Language): { code: string; name: string }[] {
  let list = options.get(language);
  if (!list) {
    list = countryCodes
      .map((code) => ({ code, name: countryName(language, code) }))
      .sort((a, b) => a.name.localeCompare(b.name, language));
    options.set(language, list);
  }
  return list;
}
