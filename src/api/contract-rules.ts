// The contract's request rules for forms: the limits come from src/api/openapi.yaml through
// request-rules.gen.ts (`npm run gen:api`), so a form tells the person the same rule the
// backend enforces, before sending. No limit is written by hand anywhere else.
export { parameterRules, requestRules } from './request-rules.gen';

/** Text length as the contract counts it: code points, so "ā" and "🥞" are one character each. */
export function textLength(text: string): number {
  return [...text].length;
}

/** One property's or parameter's constraints, as request-rules.gen.ts lists them. */
export interface PropertyRule {
  readonly required: boolean;
  readonly nullable?: boolean;
  readonly minLength?: number;
  readonly maxLength?: number;
  readonly pattern?: string;
  /** Text matching this is refused (`not: { pattern }` in the contract, e.g. control characters). */
  readonly forbiddenPattern?: string;
  readonly format?: string;
  readonly enum?: readonly (string | null)[];
  readonly minItems?: number;
  readonly maxItems?: number;
  readonly minimum?: number;
  readonly maximum?: number;
  readonly default?: unknown;
  /** The request schema an object property (or each item of a list) follows. */
  readonly schema?: string;
  readonly items?: string;
}

/** Whether the contract wants the text to say something (RequiredText: not empty, not only spaces). */
export function mustSaySomething(rule: PropertyRule): boolean {
  return rule.pattern === '\\S' || (rule.minLength ?? 0) >= 1;
}
