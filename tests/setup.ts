import '@testing-library/jest-dom/vitest';
import { cleanup, configure } from '@testing-library/react';
import { afterAll, afterEach, beforeAll, beforeEach } from 'vitest';
import { installDialogPolyfill } from './utils/dialog-polyfill';
import { failOnConsoleError } from './utils/fail-on-console-error';
import { startContractCheck } from './utils/contract-check';

// Every test file: msw/node with the same handlers as the dev server and the e2e backend,
// unhandled requests are errors, every mocked response is validated against the contract,
// and an unexpected console.error fails the test.

// Mock-backend unit tests may run in the node environment, where there is no DOM to patch.
if (typeof window !== 'undefined') {
  installDialogPolyfill();
  // jsdom does not scroll; React Router's scroll restoration calls this on every navigation.
  window.scrollTo = () => undefined;
}
failOnConsoleError();
// The first render of each file compiles lazy routes and the contract validator; on a machine
// shared by several test runs that can outlast Testing Library's default one-second wait.
configure({ asyncUtilTimeout: 5_000 });
const contract = startContractCheck();

beforeAll(() => contract.listen());
beforeEach(() => contract.reset());
afterEach(async () => {
  cleanup();
  await contract.assertClean();
});
afterAll(() => contract.close());
