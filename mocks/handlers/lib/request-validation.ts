import { Ajv2020, type ErrorObject, type ValidateFunction } from 'ajv/dist/2020';
import addFormats from 'ajv-formats';
import type { FieldError } from '../../../src/api/types';
import type { operations } from '../../../src/api/schema.gen';
import { requestContract } from './request-contract.gen';
import { validationFailed } from './problem';
import { isObject, readJsonObject, type JsonObject } from './validate';

// Every request is checked against the contract itself (src/api/openapi.yaml, via
// request-contract.gen.ts), so the demo backend cannot drift from the rules an operator reads:
// no length, pattern or required field is written here by hand. What the document cannot say
// (a phone number that parses, an address id that is the customer's own) stays in the handlers.

export type OperationId = keyof operations & string;
/** The request body an operation takes, as the contract types it (checked at run time before use). */
export type JsonBodyOf<Op extends OperationId> = (operations[Op] extends { requestBody?: { content: { 'application/json': infer Body } } } ? Body : never) & JsonObject;

const schemasId = 'urn:privacy-portal:requests';

function rewriteRefs(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(rewriteRefs);
  if (!isObject(value)) return value;
  const result: JsonObject = {};
  for (const [key, child] of Object.entries(value)) {
    result[key] = key === '$ref' && typeof child === 'string' ? child.replace('#/components/schemas/', `${schemasId}#/$defs/`) : rewriteRefs(child);
  }
  return result;
}

let ajv: Ajv2020 | null = null;
const validators = new Map<string, ValidateFunction>();

function validatorFor(key: string, schema: unknown): ValidateFunction {
  if (!ajv) {
    // Lengths count code points (Ajv's default `unicode: true`), as JSON Schema says.
    ajv = new Ajv2020({ allErrors: true, strict: false });
    addFormats(ajv);
    ajv.addSchema({ $id: schemasId, $defs: rewriteRefs(requestContract.schemas) });
  }
  let validate = validators.get(key);
  if (!validate) {
    validate = ajv.compile(rewriteRefs(schema) as object);
    validators.set(key, validate);
  }
  return validate;
}

function fieldPath(instancePath: string, child?: unknown): string {
  const parts = instancePath.split('/').slice(1).map((part) => part.replace(/~1/g, '/').replace(/~0/g, '~'));
  if (typeof child === 'string') parts.push(child);
  return parts.join('.');
}

function toFieldError(error: ErrorObject, prefix: string): FieldError {
  const params = error.params as Record<string, unknown>;
  const at = (child?: unknown) => `${prefix}${fieldPath(error.instancePath, child)}`;
  const limit = typeof params.limit === 'number' ? params.limit : undefined;
  switch (error.keyword) {
    case 'required':
      return { field: at(params.missingProperty), code: 'required' };
    case 'additionalProperties':
      return { field: at(params.additionalProperty), code: 'invalid_value' };
    case 'maxLength':
    case 'maxItems':
      return { field: at(), code: 'too_long', ...(limit === undefined ? {} : { limit }) };
    case 'minLength':
    case 'minItems':
      return limit === 1 ? { field: at(), code: 'required' } : { field: at(), code: 'too_short', ...(limit === undefined ? {} : { limit }) };
    case 'pattern':
      // The contract says "must not be blank" as the pattern \S (RequiredText).
      return { field: at(), code: params.pattern === '\\S' ? 'required' : 'invalid_format' };
    case 'not':
      // `not: ControlCharacters` (SingleLineText): a line break, tab or NUL in a name or address.
      return { field: at(), code: 'invalid_format' };
    case 'format':
      return { field: at(), code: params.format === 'email' ? 'invalid_email' : 'invalid_format' };
    default:
      return { field: at(), code: 'invalid_value' };
  }
}

const precedence: FieldError['code'][] = ['required', 'too_long', 'too_short', 'invalid_email', 'invalid_format', 'invalid_value'];

/**
 * One error per field, the most specific: a failed `oneOf` (e.g. "an address or null") reports
 * its branches too; the deepest paths say what is really wrong, so the field's parent is dropped.
 */
function simplify(errors: FieldError[]): FieldError[] {
  const byField = new Map<string, FieldError>();
  for (const error of errors) {
    const known = byField.get(error.field);
    if (!known || precedence.indexOf(error.code) < precedence.indexOf(known.code)) byField.set(error.field, error);
  }
  const fields = [...byField.keys()];
  return [...byField.values()].filter(
    (error) => !fields.some((other) => other !== error.field && (error.field === '' || other.startsWith(`${error.field}.`))),
  );
}

function check(key: string, schema: unknown, value: unknown, prefix = ''): FieldError[] {
  const validate = validatorFor(key, schema);
  return validate(value) ? [] : simplify((validate.errors ?? []).map((error) => toFieldError(error, prefix)));
}

/** What is wrong with a request body, as the contract's field errors (empty: it conforms). */
export function bodyErrors(operationId: OperationId, body: unknown): FieldError[] {
  const schema = requestContract.operations[operationId]?.body;
  return schema === undefined ? [] : check(`${operationId} body`, schema, body);
}

/** What is wrong with a request's query and header parameters (path parameters are the router's). */
export function parameterErrors(operationId: OperationId, request: Request): FieldError[] {
  const query = new URL(request.url).searchParams;
  const errors: FieldError[] = [];
  for (const parameter of requestContract.operations[operationId]?.parameters ?? []) {
    if (parameter.in !== 'query' && parameter.in !== 'header') continue;
    // The CSRF token's absence is the session layer's 403, not a validation error.
    if (parameter.name.toLowerCase() === 'x-csrf-token') continue;
    const raw = parameter.in === 'query' ? query.get(parameter.name) : request.headers.get(parameter.name);
    if (raw === null) {
      if (parameter.required) errors.push({ field: parameter.name, code: 'required' });
      continue;
    }
    const schema = parameter.schema as JsonObject;
    const value = (schema.type === 'integer' || schema.type === 'number') && /^-?\d+(\.\d+)?$/.test(raw) ? Number(raw) : raw;
    errors.push(...check(`${operationId} ${parameter.in} ${parameter.name}`, schema, value, parameter.name));
  }
  return errors;
}

export type BodyResult<Op extends OperationId> = { ok: true; body: JsonBodyOf<Op> } | { ok: false; response: Response };

/** Reads a JSON body and checks it (and the parameters) against the operation's contract: 422 otherwise. */
export async function readContractBody<Op extends OperationId>(request: Request, operationId: Op): Promise<BodyResult<Op>> {
  const parsed = await readJsonObject(request);
  if (!parsed.ok) return parsed;
  const errors = [...parameterErrors(operationId, request), ...bodyErrors(operationId, parsed.body)];
  if (errors.length > 0) return { ok: false, response: validationFailed(errors) };
  return { ok: true, body: parsed.body as JsonBodyOf<Op> };
}
