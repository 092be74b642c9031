// The mock backend's notion of "now". Real time plus an offset, so tests and the demo can jump
// forward (grace periods, code expiry, export links) without waiting and without fake timers.
// The dev server, demo and e2e backend keep it running with real time (an export there really
// takes a few seconds); a test that asserts on an in-between state (an export still queued, a
// given progress) freezes it, so only advanceClock() moves it and a slow machine changes nothing.

let offsetMs = 0;
/** Real time at which the clock was frozen, or null while it runs. */
let frozenAtMs: number | null = null;

export function now(): Date {
  return new Date((frozenAtMs ?? Date.now()) + offsetMs);
}

export function nowIso(): string {
  return now().toISOString();
}

export function advanceClock(ms: number): void {
  if (!Number.isFinite(ms) || ms < 0) throw new RangeError('advanceClock: ms must be a finite, non-negative number');
  offsetMs += ms;
}

/** Stops the clock where it is: from now on only advanceClock() moves it (until resetClock()). */
export function freezeClock(): void {
  frozenAtMs ??= Date.now();
}

/** Back to real time, running, with no offset. */
export function resetClock(): void {
  offsetMs = 0;
  frozenAtMs = null;
}

/** For persistence: the browser demo keeps the offset so a reload does not "un-advance" time. */
export function getClockOffset(): number {
  return offsetMs;
}

export function setClockOffset(ms: number): void {
  offsetMs = Number.isFinite(ms) && ms >= 0 ? ms : 0;
}
