import Ajv2020 from 'ajv/dist/2020';
import addFormats from 'ajv-formats';
import { strFromU8 } from 'fflate';
import { nowIso } from '../../mocks/clock';
import { findCustomerByEmail, getOrganization, seed } from '../../mocks/db';
import { buildExportFile } from '../../mocks/domain/export-file';
import type { DataCategoryId } from '../../src/api/types';
import schema from '../../src/api/export-schema.json';

// The JSON export's format is a published, versioned contract (src/api/export-schema.json):
// the demo backend's files must match it for every demo customer, whatever they chose.

const ajv = new Ajv2020({ allErrors: true, strict: true });
addFormats(ajv);
const validate = ajv.compile(schema);

interface ExportDocument {
  schemaVersion: string;
  categories: Record<string, { items?: unknown[]; record?: Record<string, unknown>; purposes: string[]; recipients: unknown[]; retention: string }>;
}

function jsonExport(email: string, categories?: DataCategoryId[]): ExportDocument {
  const customer = findCustomerByEmail(email);
  if (!customer) throw new Error(`no customer ${email}`);
  const all = getOrganization().dataCategories.map((category) => category.id);
  const file = buildExportFile(customer, 'json', categories ?? all, nowIso());
  const document = JSON.parse(strFromU8(file.bytes)) as ExportDocument;
  expect(validate(document), ajv.errorsText(validate.errors)).toBe(true);
  return document;
}

describe('the JSON export schema', () => {
  it('describes version 1.0', () => {
    expect(schema.properties.schemaVersion.const).toBe('1.1');
  });

  it.each([
    ['aptolux', 'anna@example.com'],
    ['fotolukss', 'janis@example.lv'],
  ] as const)('validates the complete export of %s / %s, with metadata for every category', (tenant, email) => {
    seed(tenant);
    const document = jsonExport(email);
    // Every category the operator holds (what "see my data" shows) is in the file.
    expect(Object.keys(document.categories)).toEqual(getOrganization().dataCategories.map((category) => category.id));
    for (const category of Object.values(document.categories)) {
      expect(category.purposes.length).toBeGreaterThan(0);
      expect(category.retention).not.toBe('');
    }
  });

  it('validates the bulk customer export with all 10,000 orders', () => {
    seed('aptolux');
    expect(jsonExport('bulk@example.com').categories.orders?.items).toHaveLength(10_000);
  });

  it('validates an export of chosen categories only', () => {
    seed('fotolukss');
    const document = jsonExport('janis@example.lv', ['identity', 'files']);
    expect(Object.keys(document.categories)).toEqual(['identity', 'files']);
    expect(document.categories.identity?.record).toEqual({ firstName: 'Jānis', lastName: 'Ozoliņš' });
  });

  it('rejects a file that drifts from the schema', () => {
    expect(validate({ schemaVersion: '2.0', generatedAt: 'yesterday', language: 'en', organization: {}, categories: {} })).toBe(false);
  });
});
