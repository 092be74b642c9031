import { strToU8, zipSync } from 'fflate';
import type { DataCategoryId } from '../../src/api/types';
import { getOrganization } from '../db';
import type { CustomerRecord } from '../model';
import { toCsv } from './csv';
import { exportDocument } from './export-content';
import { exportReadme } from './export-readme';
import { categoryTables } from './export-tables';

// Builds the downloadable file of an export: one JSON document, or a ZIP with one CSV per table,
// fields.csv (what every column means) and README.txt (what each category is and why we hold it).

export interface ExportFile {
  bytes: Uint8Array;
  contentType: string;
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
  files['README.txt'] = strToU8(exportReadme(customer, categories, generatedAt, Object.keys(files)));
  // A fixed timestamp keeps the archive byte-identical between builds of the same export.
  return { bytes: zipSync(files, { level: 6, mtime: new Date(generatedAt) }), contentType: 'application/zip' };
}
