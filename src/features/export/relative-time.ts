import { useEffect, useState } from 'react';
import type { Language } from '../../shared/i18n/languages';

// "in 7 days", "pēc 3 stundām": an expiry or a wait said in words, in the page language.

const units = [
  ['day', 86_400_000],
  ['hour', 3_600_000],
  ['minute', 60_000],
] as const;

export function formatRelative(language: Language, targetMs: number, nowMs: number): string {
  const diff = targetMs - nowMs;
  const format = new Intl.RelativeTimeFormat(language, { numeric: 'auto' });
  for (const [unit, size] of units) {
    // Slightly under a whole unit still reads as one: "yesterday", not "24 hours ago".
    if (Math.abs(diff) >= size * 0.96) return format.format(Math.round(diff / size), unit);
  }
  return format.format(Math.round(diff / 1000), 'second');
}

/** The current time, refreshed every `everyMs`, so a countdown in words stays true. */
export function useNow(everyMs: number): number {
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    const timer = window.setInterval(() => setNow(Date.now()), everyMs);
    return () => window.clearInterval(timer);
  }, [everyMs]);
  return now;
}
