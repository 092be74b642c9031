import { afterEach, beforeEach, vi } from 'vitest';

/**
 * A console.error is a bug until proven otherwise (React warnings, unhandled rejections in
 * effects). A test that expects one says so with `expectConsoleError(pattern)`.
 */
const expected: RegExp[] = [];

export function expectConsoleError(pattern: RegExp): void {
  expected.push(pattern);
}

export function failOnConsoleError(): void {
  let unexpected: string[] = [];
  beforeEach(() => {
    unexpected = [];
    vi.spyOn(console, 'error').mockImplementation((...args: unknown[]) => {
      const text = args.map((arg) => (arg instanceof Error ? arg.message : String(arg))).join(' ');
      if (!expected.some((pattern) => pattern.test(text))) unexpected.push(text);
    });
  });
  afterEach(() => {
    expected.length = 0;
    if (unexpected.length > 0) {
      throw new Error(`Unexpected console.error:\n${unexpected.join('\n---\n')}`);
    }
  });
}
