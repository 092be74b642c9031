import { useT } from '../../../shared/i18n/use-t';
import { Button } from '../../../shared/ui/button';

interface LoadMoreProps {
  shown: number;
  total: number;
  hasNextPage: boolean;
  isFetchingNextPage: boolean;
  failed: boolean;
  fetchNextPage: () => unknown;
}

/**
 * One page at a time: the count is announced politely as pages arrive, and the button stays
 * where it was, so keyboard focus does not jump while rows are added above it.
 */
export function LoadMore({ shown, total, hasNextPage, isFetchingNextPage, failed, fetchNextPage }: LoadMoreProps) {
  const t = useT();
  return (
    <div className="my-data__more">
      <p role="status">{t('myData.list.shown', { shown, total })}</p>
      {failed ? (
        <p className="field__error" role="alert">
          {t('myData.list.pageFailed')}
        </p>
      ) : null}
      {hasNextPage ? (
        <Button variant="secondary" busy={isFetchingNextPage} onClick={() => void fetchNextPage()}>
          {isFetchingNextPage ? t('myData.list.loading') : t('myData.list.more')}
        </Button>
      ) : null}
    </div>
  );
}
