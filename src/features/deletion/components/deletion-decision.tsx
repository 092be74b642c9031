import { useSuspenseQuery } from '@tanstack/react-query';
import { useT } from '../../../shared/i18n/use-t';
import { organizationQueries } from '../../../shared/tenant/api';
import { Button } from '../../../shared/ui/button';
import { PageHeading } from '../../../shared/ui/page-heading';
import { useDocumentTitle } from '../../../shared/ui/use-document-title';
import { CancelDeletionButton } from './cancel-deletion-button';

interface DeletionDecisionProps {
  date: string;
  onCancelled: () => void;
  onKeep: () => void;
}

/** The first thing shown when signing in during the grace period; a page of its own, with its title. */
export function DeletionDecision({ date, onCancelled, onKeep }: DeletionDecisionProps) {
  const t = useT();
  const { data: organization } = useSuspenseQuery(organizationQueries.detail());
  useDocumentTitle(t('deletion.gate.title'), organization.name);
  return (
    <div className="deletion-gate">
      <PageHeading>{t('deletion.gate.title')}</PageHeading>
      <p>{t('deletion.gate.text', { date })}</p>
      <p>{t('deletion.gate.readOnly')}</p>
      <CancelDeletionButton onCancelled={onCancelled}>
        <Button variant="secondary" onClick={onKeep}>
          {t('deletion.gate.keep')}
        </Button>
      </CancelDeletionButton>
    </div>
  );
}
