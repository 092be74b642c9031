import { useSuspenseQuery } from '@tanstack/react-query';
import { Link } from 'react-router';
import type { RightsRequest } from '../../../api/types';
import { useLanguage, useT } from '../../../shared/i18n/use-t';
import { formatDate } from '../../../shared/lib/format';
import { organizationQueries } from '../../../shared/tenant/api';
import { useLocalized } from '../../../shared/tenant/use-localized';

// Only a path inside the portal becomes a link (as the contract says); anything else from the API
// is not followed.
function portalPath(path: string | null): string | null {
  return path && /^\/[A-Za-z0-9_-][A-Za-z0-9/_-]*$|^\/$/.test(path) ? path : null;
}

/** The company's words, always as text: the answer, why it needs more time, or why it refused. */
export function RequestOutcome({ request }: { request: RightsRequest }) {
  const t = useT();
  const language = useLanguage();
  const localized = useLocalized();
  const { data: organization } = useSuspenseQuery(organizationQueries.detail());
  const { answer, extension, refusal } = request;
  const resultPath = portalPath(answer?.portalPath ?? null);
  return (
    <>
      {extension && request.status !== 'completed' && request.status !== 'refused' ? (
        <div className="request-outcome request-outcome--extended">
          <h4 className="request-item__subtitle">{t('requests.extension.title')}</h4>
          <p>{t('requests.extension.due', { date: formatDate(language, request.dueAt) })}</p>
          <p className="request-outcome__text">{t('requests.extension.reason', { reason: extension.reason })}</p>
          <p className="field__hint">{t('requests.extension.law')}</p>
        </div>
      ) : null}
      {answer ? (
        <div className="request-outcome request-outcome--answer">
          <h4 className="request-item__subtitle">{t('requests.answer.title')}</h4>
          <p className="request-outcome__text">{answer.text}</p>
          {resultPath ? <Link to={resultPath}>{t('requests.answer.link')}</Link> : null}
        </div>
      ) : null}
      {refusal ? (
        <div className="request-outcome request-outcome--refused">
          <h4 className="request-item__subtitle">{t('requests.refusal.title')}</h4>
          <p className="request-outcome__text">{refusal.reason}</p>
          <p>{t('requests.refusal.rights', { authority: localized(organization.supervisoryAuthority.name) })}</p>
        </div>
      ) : null}
    </>
  );
}
