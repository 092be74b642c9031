import type { DataCategoryId, LanguageCode } from '../../src/api/types';
import { getOrganization } from '../db';
import type { CustomerRecord } from '../model';
import { categoryMetadata, EXPORT_SCHEMA_VERSION, exportLanguage } from './export-content';

// README.txt of a CSV export: what each category is, why it is held, for how long and who
// receives it, in the customer's language like the category texts it quotes (column names and
// codes stay as they are in the files).

type Label = 'title' | 'generated' | 'version' | 'questions' | 'files' | 'purposes' | 'legalBasis' | 'source' | 'kept' | 'recipients';

const labels: Record<LanguageCode, Record<Label, string> & { intro: string[] }> = {
  en: {
    title: 'Copy of your personal data held by {organization}',
    generated: 'Generated',
    version: 'format version',
    questions: 'Questions',
    intro: [
      'Every CSV file is UTF-8 (with a byte order mark), comma-separated, one header row.',
      'Cells that start with = + - or @ begin with an apostrophe so spreadsheets do not run them as formulas.',
    ],
    files: 'fields.csv describes every column. Files:',
    purposes: 'Purposes',
    legalBasis: 'Legal basis',
    source: 'Source',
    kept: 'Kept',
    recipients: 'Recipients',
  },
  lv: {
    title: 'Uzņēmuma {organization} glabāto jūsu personas datu kopija',
    generated: 'Sagatavota',
    version: 'formāta versija',
    questions: 'Jautājumi',
    intro: [
      'Visi CSV faili ir UTF-8 kodējumā (ar baitu secības zīmi), vērtības atdalītas ar komatiem, pirmajā rindā ir kolonnu nosaukumi.',
      'Šūnām, kas sākas ar = + - vai @, priekšā ir apostrofs, lai izklājlapas tās neizpildītu kā formulas.',
    ],
    files: 'Katras kolonnas apraksts ir failā fields.csv. Faili:',
    purposes: 'Nolūki',
    legalBasis: 'Tiesiskais pamats',
    source: 'Avots',
    kept: 'Glabāšanas laiks',
    recipients: 'Saņēmēji',
  },
};

export function exportReadme(customer: CustomerRecord, categories: readonly DataCategoryId[], generatedAt: string, files: string[]): string {
  const organization = getOrganization();
  const language = exportLanguage(customer);
  const label = labels[language];
  const lines = [
    label.title.replace('{organization}', organization.legalName),
    `${label.generated}: ${generatedAt} (UTC) · ${label.version} ${EXPORT_SCHEMA_VERSION}`,
    `${label.questions}: ${organization.contacts.email}`,
    '',
    ...label.intro,
    `${label.files} ${files.join(', ')}`,
    '',
  ];
  for (const category of organization.dataCategories.filter((item) => categories.includes(item.id))) {
    const meta = categoryMetadata(category, organization, language);
    lines.push(
      `== ${meta.name} (${category.id}) ==`,
      meta.description,
      `${label.purposes}: ${meta.purposes.join('; ')}`,
      `${label.legalBasis}: ${meta.legalBasis}${meta.legalBasisNote ? ` — ${meta.legalBasisNote}` : ''}`,
      `${label.source}: ${meta.source}`,
      `${label.kept}: ${meta.retention}`,
      `${label.recipients}: ${meta.recipients.map((recipient) => `${recipient.name} (${recipient.country}, ${recipient.role})`).join('; ') || '—'}`,
      '',
    );
  }
  return lines.join('\r\n');
}
