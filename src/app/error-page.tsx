import { Link, useRevalidator, useRouteError } from 'react-router';
import { isApiError } from '../api/api-error';
import { useT } from '../shared/i18n/use-t';
import { Button } from '../shared/ui/button';
import { PageHeading } from '../shared/ui/page-heading';
import { useDocumentTitle } from '../shared/ui/use-document-title';

/** What a route shows when its data or code could not be loaded: what happened, and a way on. */
export function ErrorPage() {
  const t = useT();
  const error = useRouteError();
  const revalidator = useRevalidator();
  const offline = isApiError(error) && error.isNetwork;
  const title = offline ? t('error.offlineTitle') : t('error.title');
  useDocumentTitle(title);
  return (
    <div className="error-page" role="alert">
      <PageHeading>{title}</PageHeading>
      <p>{offline ? t('error.offline') : t('error.server')}</p>
      <div className="button-row">
        <Button busy={revalidator.state === 'loading'} onClick={() => void revalidator.revalidate()}>
          {t('error.retry')}
        </Button>
        <Link to="/">{t('error.home')}</Link>
      </div>
    </div>
  );
}
