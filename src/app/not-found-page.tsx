import { Link } from 'react-router';
import { useT } from '../shared/i18n/use-t';
import { PageHeading } from '../shared/ui/page-heading';
import { useDocumentTitle } from '../shared/ui/use-document-title';

export function NotFoundPage() {
  const t = useT();
  useDocumentTitle(t('notFound.title'));
  return (
    <main id="main" tabIndex={-1} className="standalone">
      <PageHeading>{t('notFound.title')}</PageHeading>
      <p>{t('notFound.explanation')}</p>
      <p>
        <Link to="/">{t('error.home')}</Link>
      </p>
    </main>
  );
}
