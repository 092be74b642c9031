import { strToU8, zipSync } from 'fflate';
import type { DataCategoryId } from '../../src/api/types';
import { getOrganization } from '../db';
import type { CustomerRecord } from '../model';
import { toCsv } from './csv';
import { categoryMetadata, EXPORT_SCHEMA_VERSION, exportDocument, exportLanguage } from './export-content';
import { categoryTables } from './export-tables';

// Builds the downloadable file of an export: one JSON document, or a ZIP with one CSV per table,
// fields.csv (what every column means) and README.txt (what each category is and why we hold it).

export interface ExportFile {
  bytes: Uint8Array;
  contentType: string;
}

function readme(customer: CustomerRecord, categories: readonly DataCategoryId[], generatedAt: string, files: string[]): string {
  const organization = getOrganization();
  const language = exportLanguage(customer);
  const lines = [
    `Copy of your personal data held by ${organization.legalName}`,
    `Generated: ${generatedAt} (UTC) · format version ${EXPORT_SCHEMA_VERSION}`,
    `Questions: ${organization.contacts.email}`,
    '',
    'Every CSV file is UTF-8 (with a byte order mark), comma-separated, one header row.',
    'Cells that start with = + - or @ begin with an apostrophe so spreadsheets do not run them as formulas.',
    'fields.csv describes every column. Files: ' + files.join(', '),
    '',
  ];
  for (const category of organization.dataCategories.filter((item) => categories.includes(item.id))) {
    const meta = categoryMetadata(category, organization, language);
    lines.push(
      `== ${meta.name} (${category.id}) ==`,
      meta.description,
      `Purposes: ${meta.purposes.join('; ')}`,
      `Legal basis: ${meta.legalBasis}${meta.legalBasisNote ? ` — ${meta.legalBasisNote}` : ''}`,
      `Source: ${meta.source}`,
      `Kept: ${meta.retention}`,
      `Recipients: ${meta.recipients.map((recipient) => `${recipient.name} (${recipient.country}, ${recipient.role})`).join('; ') || '—'}`,
      '',
    );
  }
  return lines.join('\r\n');
}

export function buildExportFile(
  customer: CustomerRecord,
  format: 'json' | 'csv_zip',
  categories: readonly DataCategoryId[],
  generatedAt: string,
): ExportFile {
  if (format === 'json') {
    const text = JSON.stringify(exportDocument(customer, categories, generatedAt), null, 2);
    return { bytes: strToU8(text), contentType: 'application/json' };
  }
  const tables = categories.flatMap((id) =>
    getOrganization().dataCategories.some((category) => category.id === id) ? categoryTables(customer, id, generatedAt) : [],
  );
  const files: Record<string, Uint8Array> = {};
  for (const table of tables) files[table.file] = strToU8(toCsv(table.columns.map((column) => column.name), table.rows));
  files['fields.csv'] = strToU8(
    toCsv(['file', 'category', 'column', 'description'], tables.flatMap((table) => table.columns.map((column) => [table.file, table.categoryId, column.name, column.description]))),
  );
  files['README.txt'] = strToU8(readme(customer, categories, generatedAt, Object.keys(files)));
  // A fixed timestamp keeps the archive byte-identical between builds of the same export.
  return { bytes: zipSync(files, { level: 6, mtime: new Date(generatedAt) }), contentType: 'application/zip' };
}
