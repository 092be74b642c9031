import { parameterRules } from '../../../src/api/request-rules.gen';
import { FieldErrors } from './validate';

// Cursor pagination: `limit` as the contract's Limit parameter (1–100, default 25); the cursor is an opaque token for an offset.
// Lists here are immutable or append-only, so an offset cursor is stable enough for the mock.

export interface Page<T> {
  items: T[];
  nextCursor: string | null;
  total: number;
}

function encodeCursor(offset: number): string {
  return btoa(`o:${offset}`).replace(/=+$/, '');
}

function decodeCursor(cursor: string): number | null {
  try {
    const match = /^o:(\d{1,9})$/.exec(atob(cursor));
    return match?.[1] ? Number(match[1]) : null;
  } catch {
    return null;
  }
}

export function paginate<T>(request: Request, all: readonly T[]): { ok: true; page: Page<T> } | { ok: false; response: Response } {
  const params = new URL(request.url).searchParams;
  const errors = new FieldErrors();
  const { minimum, maximum, default: fallback } = parameterRules.Limit;
  const limitText = params.get('limit');
  const limit = limitText === null ? fallback : Number(limitText);
  if ((limitText !== null && !/^\d+$/.test(limitText)) || limit < minimum || limit > maximum) errors.add('limit', 'invalid_value');
  const cursor = params.get('cursor');
  const offset = cursor === null ? 0 : decodeCursor(cursor);
  if (offset === null || offset > all.length) errors.add('cursor', 'invalid_value');
  if (!errors.empty || offset === null) return { ok: false, response: errors.response() };
  const end = offset + limit;
  return {
    ok: true,
    page: { items: all.slice(offset, end), nextCursor: end < all.length ? encodeCursor(end) : null, total: all.length },
  };
}
