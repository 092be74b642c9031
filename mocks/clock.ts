// The mock backend's notion of "now". Real time plus an offset, so tests and the demo can jump
// forward (grace periods, code expiry, export links) without waiting and without fake timers.

let offsetMs = 0;

export function now(): Date {
  return new Date(Date.now() + offsetMs);
}

export function nowIso(): string {
  return now().toISOString();
}

export function advanceClock(ms: number): void {
  if (!Number.isFinite(ms) || ms < 0) throw new RangeError('advanceClock: ms must be a finite, non-negative number');
  offsetMs += ms;
}

export function resetClock(): void {
  offsetMs = 0;
}

/** For persistence: the browser demo keeps the offset so a reload does not "un-advance" time. */
export function getClockOffset(): number {
  return offsetMs;
}

export function setClockOffset(ms: number): void {
  offsetMs = Number.isFinite(ms) && ms >= 0 ? ms : 0;
}
