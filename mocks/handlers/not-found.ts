import { http } from 'msw';
import { notFound } from './lib/problem';

// Last in the list: an unknown /api/v1 path gets the contract's 404 problem, as a real backend
// would, instead of falling through to the network.
export const notFoundHandler = http.all('*/api/v1/*', () => notFound('No such endpoint.'));
