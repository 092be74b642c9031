// Runs in Node only: under vitest (the tests that validate the demo backend) and in the
// operator's conformance check (operator/contract-check), which share this one validator.
import { readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Ajv2020, type ErrorObject, type ValidateFunction } from 'ajv/dist/2020';
import addFormats from 'ajv-formats';
import { parse } from 'yaml';

// Checks a real HTTP answer against src/api/openapi.yaml, the single source of truth, so a mock
// handler that drifts from the document fails a test, and an operator's backend that drifts from
// it fails `npm run contract:check` — with the same words, because it is the same code.

type JsonObject = Record<string, unknown>;

export interface ResponseUnderTest {
  method: string;
  url: string;
  status: number;
  headers: Headers;
  body: unknown;
  /**
   * Where the API lives on that server when not at the document's `servers[0]` path (an
   * operator's backend may serve the contract under another prefix).
   */
  basePath?: string;
}

// Not `new URL(..., import.meta.url)`: Vite rewrites that pattern into an asset URL under jsdom.
const documentPath = resolve(dirname(fileURLToPath(import.meta.url)), '../../src/api/openapi.yaml');
// Component schemas are registered under this id so `$ref`s keep working inside Ajv.
const schemasId = 'urn:privacy-portal:contract';
// The mock's own test-control endpoints are not part of the contract.
const mockControlPrefix = '/api/__mock';

export function isRecord(value: unknown): value is JsonObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

let cachedDocument: JsonObject | null = null;

export function loadContractDocument(): JsonObject {
  if (cachedDocument) return cachedDocument;
  const parsed: unknown = parse(readFileSync(documentPath, 'utf8'));
  if (!isRecord(parsed)) throw new Error('openapi.yaml is not a YAML mapping');
  cachedDocument = parsed;
  return parsed;
}

/** Follows a local JSON pointer (`#/components/...`); undefined when it leads nowhere. */
export function resolvePointer(document: JsonObject, ref: string): unknown {
  if (!ref.startsWith('#/')) return undefined;
  let node: unknown = document;
  for (const raw of ref.slice(2).split('/')) {
    const key = raw.replace(/~1/g, '/').replace(/~0/g, '~');
    if (!isRecord(node) || !(key in node)) return undefined;
    node = node[key];
  }
  return node;
}

/** Responses, headers and parameters may be `$ref`s to components; this returns the target. */
function deref(document: JsonObject, value: unknown): JsonObject {
  let node = value;
  for (let hops = 0; isRecord(node) && typeof node.$ref === 'string' && hops < 10; hops += 1) {
    node = resolvePointer(document, node.$ref);
  }
  return isRecord(node) ? node : {};
}

function rewriteRefs(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(rewriteRefs);
  if (!isRecord(value)) return value;
  const result: JsonObject = {};
  for (const [key, child] of Object.entries(value)) {
    result[key] =
      key === '$ref' && typeof child === 'string'
        ? child.replace('#/components/schemas/', `${schemasId}#/$defs/`)
        : rewriteRefs(child);
  }
  return result;
}

function createAjv(document: JsonObject): Ajv2020 {
  const ajv = new Ajv2020({ allErrors: true, strict: true, allowUnionTypes: true });
  addFormats(ajv);
  const components = isRecord(document.components) ? document.components : {};
  ajv.addSchema({ $id: schemasId, $defs: rewriteRefs(components.schemas ?? {}) });
  return ajv;
}

let ajv: Ajv2020 | null = null;
const validators = new Map<string, ValidateFunction>();

function validatorFor(key: string, schema: unknown): ValidateFunction {
  const document = loadContractDocument();
  ajv ??= createAjv(document);
  let validate = validators.get(key);
  if (!validate) {
    const rewritten = rewriteRefs(schema);
    validate = ajv.compile(isRecord(rewritten) ? rewritten : {});
    validators.set(key, validate);
  }
  return validate;
}

function explain(errors: ErrorObject[] | null | undefined, where: string): string[] {
  return (errors ?? []).map((error) => {
    const extra = error.keyword === 'additionalProperties' ? `: ${String(error.params.additionalProperty)}` : '';
    return `${where}${error.instancePath} ${error.message ?? error.keyword}${extra}`;
  });
}

interface MatchedOperation {
  template: string;
  operation: JsonObject;
}

function findOperation(document: JsonObject, path: string, method: string): MatchedOperation | string {
  const paths = isRecord(document.paths) ? document.paths : {};
  // Literal paths win over templated ones, as in any router.
  const templates = Object.keys(paths).sort((a, b) => a.split('{').length - b.split('{').length);
  const template = templates.find((candidate) => {
    const pattern = candidate.replace(/[.*+?^$()|[\]\\]/g, '\\$&').replace(/\{[^/}]+\}/g, '[^/]+');
    return new RegExp(`^${pattern}$`).test(path);
  });
  if (!template) return `no path ${path} in the contract`;
  const operation = deref(document, paths[template])[method.toLowerCase()];
  if (!isRecord(operation)) return `${method.toUpperCase()} is not documented for ${template}`;
  return { template, operation };
}

function findResponse(document: JsonObject, operation: JsonObject, status: number): JsonObject | null {
  const responses = isRecord(operation.responses) ? operation.responses : {};
  const key = [String(status), `${String(status)[0]}XX`, 'default'].find((candidate) => candidate in responses);
  return key === undefined ? null : deref(document, responses[key]);
}

function checkHeaders(document: JsonObject, response: JsonObject, input: ResponseUnderTest, key: string): string[] {
  const problems: string[] = [];
  const declared = isRecord(response.headers) ? response.headers : {};
  for (const [name, value] of Object.entries(declared)) {
    const header = deref(document, value);
    const raw = input.headers.get(name);
    if (raw === null) {
      if (header.required === true) problems.push(`missing required header ${name}`);
      continue;
    }
    const schema = isRecord(header.schema) ? header.schema : {};
    // Header values are always text; integer headers (Retry-After) are compared as numbers.
    const candidate = schema.type === 'integer' && /^-?\d+$/.test(raw.trim()) ? Number(raw.trim()) : raw;
    const validate = validatorFor(`${key} header ${name}`, schema);
    if (!validate(candidate)) problems.push(...explain(validate.errors, `header ${name}`));
  }
  return problems;
}

function isJsonMediaType(mediaType: string): boolean {
  return mediaType === 'application/json' || mediaType.endsWith('+json');
}

function readJson(body: unknown): unknown {
  if (typeof body !== 'string') return body;
  try {
    return JSON.parse(body) as unknown;
  } catch {
    return body;
  }
}

function checkBody(response: JsonObject, input: ResponseUnderTest, key: string): string[] {
  const content = isRecord(response.content) ? response.content : null;
  const contentType = input.headers.get('content-type')?.split(';')[0]?.trim().toLowerCase() ?? null;
  if (!content) {
    const empty = input.body === undefined || input.body === null || input.body === '';
    return empty ? [] : ['a body was sent but the contract documents none'];
  }
  const declared = Object.keys(content);
  if (!contentType) return [`missing Content-Type (expected ${declared.join(' or ')})`];
  const media = content[contentType];
  if (!isRecord(media)) return [`Content-Type ${contentType} is not documented (expected ${declared.join(' or ')})`];
  if (!isJsonMediaType(contentType)) return [];

  const body = readJson(input.body);
  if (body === undefined) return ['expected a JSON body, got none'];
  const validate = validatorFor(`${key} ${contentType}`, media.schema ?? {});
  const problems = validate(body) ? [] : explain(validate.errors, 'body');
  if (contentType === 'application/problem+json' && isRecord(body) && body.status !== input.status) {
    problems.push(`problem status ${String(body.status)} differs from HTTP status ${input.status}`);
  }
  return problems;
}

/** The API's path prefix as the document's first server names it (`/api/v1`). */
export function documentBasePath(): string {
  const document = loadContractDocument();
  const servers = Array.isArray(document.servers) ? document.servers : [];
  const first: unknown = servers[0];
  return isRecord(first) && typeof first.url === 'string' ? first.url.replace(/\/$/, '') : '';
}

/** Every operationId of the document with its method and path template. */
export function contractOperations(): { operationId: string; method: string; path: string; operation: JsonObject }[] {
  const document = loadContractDocument();
  const paths = isRecord(document.paths) ? document.paths : {};
  const found: { operationId: string; method: string; path: string; operation: JsonObject }[] = [];
  for (const [path, item] of Object.entries(paths)) {
    for (const [method, operation] of Object.entries(deref(document, item))) {
      if (isRecord(operation) && typeof operation.operationId === 'string') {
        found.push({ operationId: operation.operationId, method: method.toUpperCase(), path, operation });
      }
    }
  }
  return found;
}

/** The problem codes the document names (`ProblemCode`). */
export function problemCodes(): string[] {
  const schema = resolvePointer(loadContractDocument(), '#/components/schemas/ProblemCode');
  return isRecord(schema) && Array.isArray(schema.enum) ? schema.enum.filter((code): code is string => typeof code === 'string') : [];
}

/** Returns what is wrong with one response, in words; an empty list means it follows the contract. */
export function validateResponse(input: ResponseUnderTest): string[] {
  const document = loadContractDocument();
  const { pathname } = new URL(input.url, 'http://localhost');
  if (pathname.startsWith(mockControlPrefix)) return [];

  const basePath = (input.basePath ?? documentBasePath()).replace(/\/$/, '');
  if (!pathname.startsWith(`${basePath}/`)) return [`${pathname} is outside the API base path ${basePath}`];

  const matched = findOperation(document, pathname.slice(basePath.length), input.method);
  if (typeof matched === 'string') return [matched];
  const operationId = typeof matched.operation.operationId === 'string' ? matched.operation.operationId : matched.template;
  const response = findResponse(document, matched.operation, input.status);
  if (!response) return [`status ${input.status} is not documented for ${operationId}`];

  const key = `${operationId} ${input.status}`;
  return [...checkHeaders(document, response, input, key), ...checkBody(response, input, key)];
}
