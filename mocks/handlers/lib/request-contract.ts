// The shape of request-contract.gen.ts (written by `npm run gen:api` from src/api/openapi.yaml):
// what each operation accepts, as JSON Schema, for the demo backend's request validation.

export interface ParameterContract {
  name: string;
  in: 'query' | 'path' | 'header' | string;
  required: boolean;
  schema: unknown;
}

export interface OperationContract {
  body?: unknown;
  parameters: ParameterContract[];
}

export interface RequestContract {
  operations: Record<string, OperationContract>;
  /** The component schemas the request schemas refer to (`#/components/schemas/<name>`). */
  schemas: Record<string, unknown>;
}
