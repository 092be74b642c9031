// Date arithmetic on ISO strings (UTC), shared by fixtures and handlers.

const dayMs = 86_400_000;

/** A time `days` before the start of the anchor's UTC day, at `minuteOfDay`. */
export function daysBefore(anchor: Date, days: number, minuteOfDay = 600): string {
  const start = Date.UTC(anchor.getUTCFullYear(), anchor.getUTCMonth(), anchor.getUTCDate());
  return new Date(start - days * dayMs + minuteOfDay * 60_000).toISOString();
}

export function addDays(iso: string, days: number): string {
  return new Date(Date.parse(iso) + days * dayMs).toISOString();
}

export function addMs(iso: string, ms: number): string {
  return new Date(Date.parse(iso) + ms).toISOString();
}

/**
 * Calendar months, clamped to the last day of the target month (31 January + 1 month is the end
 * of February), as deadlines "within one month" (GDPR Art. 12(3)) are counted.
 */
export function addMonths(iso: string, months: number): string {
  const date = new Date(iso);
  const day = date.getUTCDate();
  const target = new Date(date.getTime());
  target.setUTCDate(1);
  target.setUTCMonth(target.getUTCMonth() + months);
  const lastDay = new Date(Date.UTC(target.getUTCFullYear(), target.getUTCMonth() + 1, 0)).getUTCDate();
  target.setUTCDate(Math.min(day, lastDay));
  return target.toISOString();
}

export function addYears(iso: string, years: number): string {
  return addMonths(iso, years * 12);
}

export function startOfUtcDay(date: Date): Date {
  return new Date(Date.UTC(date.getUTCFullYear(), date.getUTCMonth(), date.getUTCDate()));
}

export function isoDate(iso: string): string {
  return iso.slice(0, 10);
}
