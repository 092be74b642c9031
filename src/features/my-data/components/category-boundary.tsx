import { Component, createRef, Suspense, type ReactNode } from 'react';
import { QueryErrorResetBoundary } from '@tanstack/react-query';
import { isApiError } from '../../../api/api-error';
import { useT } from '../../../shared/i18n/use-t';
import { Button } from '../../../shared/ui/button';

interface BoundaryProps {
  onReset: () => void;
  fallback: (retry: () => void, error: unknown) => ReactNode;
  children: ReactNode;
}

class Boundary extends Component<BoundaryProps, { error: unknown }> {
  state = { error: null as unknown };
  slot = createRef<HTMLDivElement>();

  static getDerivedStateFromError(error: unknown) {
    return { error };
  }

  retry = () => {
    this.props.onReset();
    // The "Try again" button goes away; keep keyboard focus in this part of the page.
    this.setState({ error: null }, () => this.slot.current?.focus());
  };

  render() {
    return (
      <div ref={this.slot} tabIndex={-1} className="my-data__slot">
        {this.state.error ? this.props.fallback(this.retry, this.state.error) : this.props.children}
      </div>
    );
  }
}

function CategoryError({ error, retry }: { error: unknown; retry: () => void }) {
  const t = useT();
  const offline = isApiError(error) && error.isNetwork;
  return (
    <div className="alert alert--error" role="alert">
      <p className="alert__title">{t('myData.error.title')}</p>
      <p>{offline ? t('error.offline') : t('myData.error.body')}</p>
      <Button variant="secondary" onClick={retry}>
        {t('error.retry')}
      </Button>
    </div>
  );
}

function Loading() {
  const t = useT();
  return <p className="my-data__loading">{t('myData.loading')}</p>;
}

/** One category's data: it loads, fails and retries on its own; the rest of the page goes on. */
export function CategoryBoundary({ children }: { children: ReactNode }) {
  return (
    <QueryErrorResetBoundary>
      {({ reset }) => (
        <Boundary onReset={reset} fallback={(retry, error) => <CategoryError error={error} retry={retry} />}>
          <Suspense fallback={<Loading />}>{children}</Suspense>
        </Boundary>
      )}
    </QueryErrorResetBoundary>
  );
}
