// Opt-in fault injection for tests and for trying failure paths by hand (via the control
// endpoint POST /api/__mock/faults). Faults live in memory only; a reload or reset clears them.

export const faultKinds = ['latency', 'server-error', 'unavailable', 'session-expired', 'precondition-failed', 'rate-limited', 'network', 'lost-answer'] as const;
export type FaultKind = (typeof faultKinds)[number];

export interface FaultSpec {
  kind: FaultKind;
  /** HTTP method to match (any when omitted). */
  method?: string;
  /** Path after /api/v1: a substring ("/me/profile"), or a glob with * ("/me/exports/*"). */
  path?: string;
  /** How many matching requests to affect; default 1, Infinity for all. */
  times?: number;
  /** Latency in milliseconds (kind "latency"); default 1500. */
  ms?: number;
}

interface ActiveFault extends FaultSpec {
  remaining: number;
}

let faults: ActiveFault[] = [];

/**
 * A request held until the test lets it through: latency decided by the test instead of the
 * machine's speed, so "the first answer arrives after the later ones" happens every time.
 * Test-only (a promise cannot travel through the control endpoint).
 */
export interface HeldRequest {
  /** Resolves once a matching request has arrived and is being held. */
  arrived: Promise<void>;
  /** Lets it through (or, if it has not arrived yet, lets it pass when it does). */
  release: () => void;
}

interface ActiveHold extends Pick<FaultSpec, 'method' | 'path'> {
  gate: Promise<void>;
  open: () => void;
  arrive: () => void;
}

// Holds waiting for their request, and requests being held: clearing faults lets all of them go.
let holds: ActiveHold[] = [];
let holding: ActiveHold[] = [];

export function isFaultKind(value: unknown): value is FaultKind {
  return typeof value === 'string' && (faultKinds as readonly string[]).includes(value);
}

export function injectFault(spec: FaultSpec): void {
  if (!isFaultKind(spec.kind)) throw new TypeError(`Unknown fault kind: ${String(spec.kind)}`);
  const times = spec.times ?? 1;
  if (!(times === Infinity || (Number.isInteger(times) && times > 0))) throw new RangeError('times must be a positive integer or Infinity');
  faults.push({ ...spec, remaining: times });
}

export function clearFaults(): void {
  faults = [];
  // Nothing may stay stuck for the next test.
  for (const hold of [...holds, ...holding]) hold.open();
  holds = [];
  holding = [];
}

/** Holds the next request that matches (method and path as in FaultSpec) until released. */
export function holdRequest(match: Pick<FaultSpec, 'method' | 'path'>): HeldRequest {
  let open = () => {};
  let arrive = () => {};
  const gate = new Promise<void>((resolve) => (open = resolve));
  const arrived = new Promise<void>((resolve) => (arrive = resolve));
  holds.push({ ...match, gate, open, arrive });
  return { arrived, release: open };
}

export function activeFaults(): readonly FaultSpec[] {
  return faults.map(({ remaining, ...spec }) => ({ ...spec, times: remaining }));
}

function globToRegExp(glob: string): RegExp {
  const escaped = glob.replace(/[.+?^${}()|[\]\\]/g, '\\$&').replace(/\*/g, '.*');
  return new RegExp(`^${escaped}$`);
}

function matches(fault: Pick<FaultSpec, 'method' | 'path'>, method: string, path: string): boolean {
  if (fault.method && fault.method.toUpperCase() !== method.toUpperCase()) return false;
  if (!fault.path) return true;
  return fault.path.includes('*') ? globToRegExp(fault.path).test(path) : path.includes(fault.path);
}

function consume(fault: ActiveFault): void {
  fault.remaining -= 1;
  if (fault.remaining <= 0) faults = faults.filter((candidate) => candidate !== fault);
}

export interface FaultDecision {
  /** Settles when a held request is released (null: not held). */
  held: Promise<void> | null;
  /** Total latency to add before answering. */
  latencyMs: number;
  /** The failure to answer with, if any (the first matching non-latency fault). */
  failure: FaultKind | null;
}

/** Finds (and uses up) the faults that apply to one request. */
export function takeFaults(method: string, path: string): FaultDecision {
  const hold = holds.find((candidate) => matches(candidate, method, path));
  if (hold) {
    holds = holds.filter((candidate) => candidate !== hold);
    holding.push(hold);
    void hold.gate.then(() => (holding = holding.filter((candidate) => candidate !== hold)));
    hold.arrive();
  }
  let latencyMs = 0;
  let failure: FaultKind | null = null;
  for (const fault of [...faults]) {
    if (!matches(fault, method, path)) continue;
    if (fault.kind === 'latency') {
      latencyMs += fault.ms ?? 1500;
      consume(fault);
    } else if (failure === null) {
      failure = fault.kind;
      consume(fault);
    }
  }
  return { held: hold?.gate ?? null, latencyMs, failure };
}
