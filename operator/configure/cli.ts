import path from 'node:path';
import { parseArgs } from 'node:util';
import { configureBuild } from './configure';

// npm run configure -- --api-url URL [--dist DIR]
// Points an existing build at a backend without rebuilding. Exit code 2 on a bad address.

const usage = 'Usage: npm run configure -- --api-url https://api.example.com/api/v1 [--dist dist]';

try {
  const { values } = parseArgs({ options: { 'api-url': { type: 'string' }, dist: { type: 'string', default: 'dist' } }, strict: true });
  if (!values['api-url']) throw new Error('--api-url is required.');
  const result = configureBuild(path.resolve(values.dist), values['api-url']);
  console.info(`${result.changed ? 'Configured' : 'Already configured'}: ${result.file}`);
  console.info(`  API address: ${result.address}`);
  console.info(`  Content-Security-Policy: ${result.policy}`);
  console.info('Send the same policy as a header, plus frame-ancestors \'none\' (see operator/hosting).');
} catch (error) {
  console.error(`${error instanceof Error ? error.message : String(error)}\n${usage}`);
  process.exit(2);
}
