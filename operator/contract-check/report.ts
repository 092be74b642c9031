// What the conformance check found, per operation and check, in the words an operator reads:
// pass, fail (with the reason and the JSON path that failed) or not checked (with why).

export type Outcome = 'pass' | 'fail' | 'not checked';

/** The kinds of check, each a promise the contract makes. */
export type CheckName =
  | 'schema'
  | 'problem'
  | 'cookie'
  | 'session'
  | 'sign-out'
  | 'csrf'
  | 'etag'
  | 'if-match'
  | 'idempotency'
  | 'reauth'
  | 'isolation'
  | 'pagination'
  | 'restore';

export interface CheckResult {
  operation: string;
  check: CheckName;
  outcome: Outcome;
  reason: string;
  /** Where in the response it failed: `body/items/3/id`, `header ETag`, `Set-Cookie`… */
  path: string | null;
}

export interface ReportSummary {
  passed: number;
  failed: number;
  notChecked: number;
  operationsExercised: number;
  operationsInContract: number;
}

const rank: Record<Outcome, number> = { 'not checked': 0, pass: 1, fail: 2 };

export class Report {
  private readonly results = new Map<string, CheckResult>();
  private readonly extraFailures = new Map<string, number>();

  constructor(private readonly operations: readonly string[]) {}

  /** A later, worse outcome replaces an earlier one: one failure fails the check. */
  record(operation: string, check: CheckName, outcome: Outcome, reason = '', path: string | null = null): void {
    const key = `${operation} ${check}`;
    const existing = this.results.get(key);
    if (existing && rank[existing.outcome] > rank[outcome]) return;
    if (existing?.outcome === 'fail' && outcome === 'fail') {
      this.extraFailures.set(key, (this.extraFailures.get(key) ?? 0) + 1);
      return;
    }
    this.results.set(key, { operation, check, outcome, reason, path });
  }

  pass(operation: string, check: CheckName, reason = ''): void {
    this.record(operation, check, 'pass', reason);
  }

  fail(operation: string, check: CheckName, reason: string, path: string | null = null): void {
    this.record(operation, check, 'fail', reason, path);
  }

  notChecked(operation: string, check: CheckName, reason: string): void {
    this.record(operation, check, 'not checked', reason);
  }

  /** Every result, in the order of the document's operations. */
  list(): CheckResult[] {
    const order = new Map(this.operations.map((operation, index) => [operation, index]));
    return [...this.results.entries()]
      .map(([key, result]) => {
        const more = this.extraFailures.get(key);
        return more ? { ...result, reason: `${result.reason} (and ${more} more)` } : result;
      })
      .sort((a, b) => (order.get(a.operation) ?? 999) - (order.get(b.operation) ?? 999) || a.check.localeCompare(b.check));
  }

  has(operation: string, check: CheckName, outcome: Outcome): boolean {
    return this.results.get(`${operation} ${check}`)?.outcome === outcome;
  }

  summary(): ReportSummary {
    const results = this.list();
    const exercised = new Set(results.filter((result) => result.outcome !== 'not checked').map((result) => result.operation));
    return {
      passed: results.filter((result) => result.outcome === 'pass').length,
      failed: results.filter((result) => result.outcome === 'fail').length,
      notChecked: results.filter((result) => result.outcome === 'not checked').length,
      operationsExercised: this.operations.filter((operation) => exercised.has(operation)).length,
      operationsInContract: this.operations.length,
    };
  }

  summaryLine(): string {
    const { passed, failed, notChecked, operationsExercised, operationsInContract } = this.summary();
    return `${passed} passed, ${failed} failed, ${notChecked} not checked; ${operationsExercised} of ${operationsInContract} operations exercised`;
  }

  /** One line per result: operation · check · outcome · reason · path. */
  toText(): string {
    const rows = this.list().map((result) =>
      [result.operation, result.check, result.outcome.toUpperCase(), result.reason, result.path ?? ''].filter(Boolean).join(' · '),
    );
    return [...rows, '', this.summaryLine()].join('\n');
  }

  toJson(): { results: CheckResult[]; summary: ReportSummary } {
    return { results: this.list(), summary: this.summary() };
  }
}
