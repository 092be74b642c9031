import { contractOperations } from '../contract/validate-response';
import { createContext, type CheckOptions } from './context';
import { plan } from './plan';
import { signIn } from './probes';
import { Report } from './report';

// Runs the plan against a live backend and returns the report. Steps run in order; a step that
// throws (a dropped connection, a body that is not JSON) fails its operation and the rest go on.

export async function runContractCheck(options: CheckOptions): Promise<Report> {
  const operations = contractOperations().map((operation) => operation.operationId);
  const report = new Report(operations);
  const context = createContext(options, report, async (client, account) => (await signIn(client, account)) !== null);
  for (const entry of plan) {
    if (entry.destructive && !options.includeDestructive) {
      report.notChecked(entry.operationId, 'schema', 'leaves a trace that cannot be undone; run with --include-destructive to check it');
      continue;
    }
    if (!entry.public && !context.signedIn) {
      report.notChecked(entry.operationId, 'schema', 'needs a session, and signing in failed');
      continue;
    }
    try {
      await entry.run(context);
    } catch (error) {
      report.fail(entry.operationId, 'schema', `the check could not go on: ${error instanceof Error ? error.message : String(error)}`);
    }
  }
  for (const operation of operations) {
    if (!plan.some((entry) => entry.operationId === operation)) report.notChecked(operation, 'schema', 'the check has no step for this operation yet');
  }
  return report;
}
