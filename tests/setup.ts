import '@testing-library/jest-dom/vitest';
import { cleanup, configure } from '@testing-library/react';
import { afterAll, afterEach, beforeAll, beforeEach } from 'vitest';
import { installDialogPolyfill } from './utils/dialog-polyfill';
import { failOnConsoleError } from './utils/fail-on-console-error';
import { startContractCheck } from './utils/contract-check';
import { clearFaults } from '../mocks/faults';

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
// The first render of a file compiles the lazy routes; on a busy machine (several checkouts
// testing at once) that alone can take longer than Testing Library's 1 s default for findBy*.
configure({ asyncUtilTimeout: 5_000 });
const contract = startContractCheck();

beforeAll(() => contract.listen());
beforeEach(() => contract.reset());
afterEach(async () => {
  cleanup();
  // A title left by one test must not pass for the next test's title.
  if (typeof document !== 'undefined') document.title = '';
  // Requests a test left held (holdRequest) go now and finish here, not against the next
  // test's freshly seeded data.
  clearFaults();
  await new Promise((resolve) => setTimeout(resolve, 0));
  await contract.assertClean();
});
afterAll(() => contract.close());
