import type { ComponentType } from 'react';
import type { InfiniteData, UseSuspenseInfiniteQueryResult } from '@tanstack/react-query';
import { Empty } from './empty';
import { LoadMore } from './load-more';

interface Page<T> {
  items: T[];
  total: number;
}

interface PagedListProps<T> {
  query: UseSuspenseInfiniteQueryResult<InfiniteData<Page<T>, unknown>>;
  /** The category page shows every page loaded so far; the overview card a few items. */
  full: boolean;
  empty: string;
  count: (total: number) => string;
  /** Memoised, so loading page 40 renders page 40 only, not the 39 before it. */
  Items: ComponentType<{ items: T[] }>;
}

export function PagedList<T>({ query, full, empty, count, Items }: PagedListProps<T>) {
  const { pages } = query.data;
  const total = pages[0]?.total ?? 0;
  if (total === 0) return <Empty>{empty}</Empty>;
  const shown = full ? pages.map((page) => page.items) : [pages[0]?.items.slice(0, 3) ?? []];
  return (
    <>
      <p>{count(total)}</p>
      <ul className="my-data__list">
        {shown.map((items, index) => (
          <Items key={index} items={items} />
        ))}
      </ul>
      {full ? (
        <LoadMore
          shown={pages.reduce((sum, page) => sum + page.items.length, 0)}
          total={total}
          hasNextPage={query.hasNextPage}
          isFetchingNextPage={query.isFetchingNextPage}
          failed={query.isFetchNextPageError}
          fetchNextPage={query.fetchNextPage}
        />
      ) : null}
    </>
  );
}
