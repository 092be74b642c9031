import { setupServer } from 'msw/node';
import { handlers } from './handlers/index';

// For vitest. Tests call seed()/reset() from ./db and advanceClock() from ./clock as needed.
export const server = setupServer(...handlers);
