import { useLayoutEffect, useRef, useState, type ReactNode } from 'react';
import { useSuspenseQuery } from '@tanstack/react-query';
import { isApiError } from '../../../api/api-error';
import { useLanguage, useT } from '../../../shared/i18n/use-t';
import { sessionQueries } from '../../../shared/session/api';
import { organizationQueries } from '../../../shared/tenant/api';
import { Button } from '../../../shared/ui/button';
import { hasUnreadPolicy, useAcknowledgePolicy } from '../api';
import { formatPublishedDate } from '../published-date';

/**
 * "Our privacy policy changed on …" with an "I have read it" button, while the customer has not
 * acknowledged the current version. Afterwards it says thank you there and takes focus, so the
 * person is not left on a button that vanished and hears what happened.
 * `children` goes after the sentence (the notice's link to the policy page).
 */
export function AcknowledgePolicy({ children }: { children?: ReactNode }) {
  const t = useT();
  const language = useLanguage();
  const { data: session } = useSuspenseQuery(sessionQueries.current());
  const { data: organization } = useSuspenseQuery(organizationQueries.detail());
  const acknowledge = useAcknowledgePolicy();
  const [done, setDone] = useState(false);
  const thanks = useRef<HTMLParagraphElement>(null);
  useLayoutEffect(() => {
    if (done) thanks.current?.focus();
  }, [done]);

  const { version, publishedAt } = organization.policy;
  const date = formatPublishedDate(language, publishedAt);
  if (done) {
    return (
      <p ref={thanks} tabIndex={-1} role="status" className="alert alert--success policy-notice">
        {t('policy.notice.done', { date })}
      </p>
    );
  }
  if (!hasUnreadPolicy(session, organization)) return null;

  const error = acknowledge.error;
  const failure = !error
    ? null
    : isApiError(error) && error.code === 'deletion_pending'
      ? t('policy.notice.deletionPending')
      : isApiError(error) && error.isNetwork
        ? t('error.offline')
        : t('policy.notice.failed');
  return (
    <section className="alert alert--info policy-notice" aria-label={t('policy.notice.label')}>
      <p>
        {t('policy.notice.text', { date })} {children}
      </p>
      {failure ? (
        <p className="field__error" role="alert">
          {failure}
        </p>
      ) : null}
      <Button
        variant="secondary"
        busy={acknowledge.isPending}
        onClick={() => acknowledge.mutate(version, { onSuccess: () => setDone(true) })}
      >
        {acknowledge.isPending ? t('policy.notice.acknowledging') : t('policy.notice.acknowledge')}
      </Button>
    </section>
  );
}
