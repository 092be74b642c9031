import { writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { documentBasePath } from '../contract/validate-response';
import { parseBaseUrl } from './base-url';
import { runContractCheck } from './run-check';

// npm run contract:check -- --base-url URL --email E --password P
//   [--second-email E2 --second-password P2] [--include-destructive] [--json FILE]
// Exit code 0 only when nothing failed; 2 when the command line is wrong.

const usage = `Usage: npm run contract:check -- --base-url URL --email E --password P
         [--second-email E2 --second-password P2] [--include-destructive] [--json FILE] [--export-wait SECONDS]

  --base-url        the API, e.g. https://api.example.com/api/v1 (an origin alone means ${documentBasePath()} on it)
  --email/--password           a test customer the check signs in as (its changes are undone)
  --second-email/--second-password  another customer of the same company, for the isolation checks
  --include-destructive        also file and withdraw a rights request, schedule and cancel a deletion, acknowledge the policy
  --json FILE       also write the report as JSON
  --export-wait     how long to wait for an export to be ready (default 60 s)`;

function fail(message: string): never {
  console.error(`${message}\n\n${usage}`);
  process.exit(2);
}

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      'base-url': { type: 'string' },
      email: { type: 'string' },
      password: { type: 'string' },
      'second-email': { type: 'string' },
      'second-password': { type: 'string' },
      'include-destructive': { type: 'boolean', default: false },
      json: { type: 'string' },
      'export-wait': { type: 'string', default: '60' },
      help: { type: 'boolean', default: false },
    },
    strict: true,
  });
  if (values.help) {
    console.info(usage);
    return;
  }
  if (!values['base-url'] || !values.email || !values.password) fail('--base-url, --email and --password are required.');
  if (Boolean(values['second-email']) !== Boolean(values['second-password'])) fail('--second-email and --second-password go together.');
  if (values['second-email'] && values['second-email'].toLowerCase() === values.email.toLowerCase()) fail('The second account must be another customer.');
  let baseUrl: URL;
  try {
    baseUrl = parseBaseUrl(values['base-url']);
  } catch (error) {
    fail((error as Error).message);
  }
  const wait = Number(values['export-wait']);
  if (!Number.isFinite(wait) || wait < 0) fail('--export-wait must be a number of seconds.');

  const report = await runContractCheck({
    baseUrl,
    first: { email: values.email, password: values.password },
    second: values['second-email'] && values['second-password'] ? { email: values['second-email'], password: values['second-password'] } : null,
    includeDestructive: values['include-destructive'],
    exportWaitMs: wait * 1000,
  });
  console.info(report.toText());
  if (values.json) writeFileSync(values.json, `${JSON.stringify(report.toJson(), null, 2)}\n`);
  process.exitCode = report.summary().failed === 0 ? 0 : 1;
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(2);
});
