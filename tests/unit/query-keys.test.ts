import { QueryClient } from '@tanstack/react-query';
import { preferencesQueries } from '../../src/shared/preferences/api';

// Query keys form a tree whose leaves are the queries, so work on one query (cancel before an
// optimistic update, refetch after a save) does not reach its neighbours by accident.

describe('query keys', () => {
  it('cancelling the preferences leaves a consent history fetch running', async () => {
    const queryClient = new QueryClient({ defaultOptions: { queries: { retry: false } } });
    let finish: (value: string) => void = () => {};
    const history = queryClient.fetchQuery({ queryKey: preferencesQueries.history().queryKey, queryFn: () => new Promise<string>((resolve) => (finish = resolve)) });
    await queryClient.cancelQueries({ queryKey: preferencesQueries.detail().queryKey });
    finish('the history');
    await expect(history).resolves.toBe('the history');
  });

  it('reaches both from the root key', () => {
    const root = preferencesQueries.all();
    for (const key of [preferencesQueries.detail().queryKey, preferencesQueries.history().queryKey]) expect(key.slice(0, root.length)).toEqual([...root]);
  });
});
