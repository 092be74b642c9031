import { demoMessages } from '../../mocks/demo/demo-messages';
import { aptolux } from '../../mocks/fixtures/tenants/aptolux';
import { fotolukss } from '../../mocks/fixtures/tenants/fotolukss';
import { catalogueMessages } from '../utils/catalogue-messages';

// One concept, one word: the glossary in the README ("Languages"), checked where a wrong word can
// be recognised. Covers the catalogues, the demo tenants' Latvian texts and the demo's own strings.

interface LatvianText {
  where: string;
  text: string;
}

/** Every `lv` text in a tenant's organization and policy, with the path to it. */
function tenantTexts(value: unknown, path: string, found: LatvianText[] = []): LatvianText[] {
  if (Array.isArray(value)) value.forEach((item, index) => tenantTexts(item, `${path}[${index}]`, found));
  else if (value && typeof value === 'object') {
    for (const [key, item] of Object.entries(value)) {
      if (key === 'lv' && typeof item === 'string') found.push({ where: path, text: item });
      else tenantTexts(item, `${path}.${key}`, found);
    }
  }
  return found;
}

const texts: LatvianText[] = [
  ...catalogueMessages.map(({ id, latvian }) => ({ where: id, text: latvian ?? '' })),
  ...[aptolux, fotolukss].flatMap((tenant) => [
    ...tenantTexts(tenant.organization, `${tenant.id}.organization`),
    ...tenantTexts(tenant.policy, `${tenant.id}.policy`),
  ]),
  ...Object.entries(demoMessages.lv).map(([key, text]) => ({ where: `demo.${key}`, text })),
];

const glossary: { concept: string; use: string; wrong: RegExp }[] = [
  { concept: 'sign in', use: 'pieslēgties / pieslēgšanās', wrong: /pieteik[št]|pieteic|ielogo|autorizē/i },
  { concept: 'passing data to a partner', use: 'nodot / nodošana', wrong: /kopīgo/i },
  { concept: 'marketing messages', use: 'mārketinga paziņojumi', wrong: /mārketinga ziņ|(saņem|sūt)\p{L}* mārketingu/iu },
  { concept: 'a version of the privacy policy', use: 'redakcija', wrong: /politik\p{L}* versij|jaun\p{L}* versij/iu },
  { concept: 'transfer safeguard', use: 'datu nosūtīšanas pamats', wrong: /aizsardzības pasākum/i },
  { concept: 'restriction (GDPR Art. 18)', use: 'ierobežot datu apstrādi', wrong: /ierobežo\p{L}* (manu |jūsu |savu )?datu izmantošan/iu },
  { concept: 'typing it yourself', use: 'paši', wrong: /pašrocīg/i },
  { concept: 'feedback', use: 'viedoklis', wrong: /ierosinājum/i },
  { concept: 'photo (a compound, written joined)', use: 'fotofaili, fotodrukas', wrong: /(^|\s)foto\s/i },
];

describe('Latvian terms: one concept, one word', () => {
  it('reads every Latvian text (the check itself works)', () => {
    expect(texts.length).toBeGreaterThan(600);
    expect(texts.some(({ where }) => where.startsWith('fotolukss.organization.dataCategories'))).toBe(true);
  });

  it.each(glossary)('$concept is “$use”', ({ wrong }) => {
    expect(texts.filter(({ text }) => wrong.test(text)).map(({ where, text }) => `${where}: ${text}`)).toEqual([]);
  });

  it('says “apstrāde tiešās tirgvedības nolūkos” wherever it cites GDPR Article 21, as the Regulation does', () => {
    const citing = texts.filter(({ text }) => /VDAR 21\. pant/.test(text));
    expect(citing.length).toBeGreaterThan(0);
    expect(
      citing.filter(({ text }) => /tieš\p{L}* mārketing/iu.test(text) || !/tiešās tirgvedības nolūkos/.test(text)).map(({ where }) => where),
    ).toEqual([]);
  });
});
