import { useLayoutEffect, useRef, useState } from 'react';
import { Link, useLocation } from 'react-router';
import { useSuspenseQuery } from '@tanstack/react-query';
import { useLanguage, useT } from '../../../shared/i18n/use-t';
import { formatCalendarDay } from '../../../shared/lib/format';
import { sessionQueries } from '../../../shared/session/api';
import { isDeletionPending } from '../../../shared/session/deletion-pending';
import { useAccountReadOnly } from '../../../shared/session/use-account-read-only';
import { organizationQueries } from '../../../shared/tenant/api';
import { failureValues } from '../../../shared/lib/failure-reason';
import { Button } from '../../../shared/ui/button';
import { hasUnreadPolicy, useAcknowledgePolicy } from '../api';
import '../policy-notice.css';

/**
 * "Our privacy policy changed on …", a link to it and "I have read it", while the customer has
 * not acknowledged the current version. Afterwards it says thank you in its place and takes
 * focus, so the person is not left on a button that vanished and hears what happened.
 * It is part of the signed-in layout (loaded with every page), so it stays small and the
 * policy page does not import it: on that page the layout puts it after the text, without the link.
 */
function Notice({ onPolicyPage }: { onPolicyPage: boolean }) {
  const t = useT();
  const language = useLanguage();
  const { data: session } = useSuspenseQuery(sessionQueries.current());
  const { data: organization } = useSuspenseQuery(organizationQueries.detail());
  const acknowledge = useAcknowledgePolicy();
  // While a deletion is scheduled nothing can be recorded (409); the read-only banner says why.
  const readOnly = useAccountReadOnly();
  const [done, setDone] = useState(false);
  const thanks = useRef<HTMLParagraphElement>(null);
  useLayoutEffect(() => {
    if (done) thanks.current?.focus();
  }, [done]);

  const { version, publishedAt } = organization.policy;
  const date = formatCalendarDay(language, publishedAt);
  if (done) {
    return (
      <p ref={thanks} tabIndex={-1} role="status" className="alert alert--success policy-notice">
        {t('policy.notice.done', { date })}
      </p>
    );
  }
  if (!hasUnreadPolicy(session, organization)) return null;
  const { error } = acknowledge;
  return (
    <section className="alert alert--info policy-notice" aria-label={t('policy.notice.label')}>
      <p>
        {t('policy.notice.text', { date })} {onPolicyPage ? null : <Link to="/policy">{t('policy.notice.read')}</Link>}
      </p>
      {error ? (
        <p className="field__error" role="alert">
          {isDeletionPending(error) ? t('policy.notice.deletionPending') : t('policy.notice.failed', failureValues(error))}
        </p>
      ) : null}
      {readOnly ? null : (
        <Button variant="secondary" busy={acknowledge.isPending} onClick={() => acknowledge.mutate(version, { onSuccess: () => setDone(true) })}>
          {acknowledge.isPending ? t('policy.notice.acknowledging') : t('policy.notice.acknowledge')}
        </Button>
      )}
    </section>
  );
}

/** `where`: the layout shows it above every page, and below the text on the policy page. */
export function PolicyNotice({ where }: { where: 'top' | 'bottom' }) {
  const { pathname } = useLocation();
  const onPolicyPage = pathname === '/policy';
  if (onPolicyPage !== (where === 'bottom')) return null;
  // A new page starts afresh: the "thank you" belongs to the page where it was said.
  return <Notice key={pathname} onPolicyPage={onPolicyPage} />;
}
