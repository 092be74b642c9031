import { Link, useLocation } from 'react-router';
import { useT } from '../../../shared/i18n/use-t';
import { AcknowledgePolicy } from './acknowledge-policy';
import '../policy-notice.css';

/**
 * On every signed-in page while a newer privacy policy is unread: a link to it and "I have
 * read it". Part of the layout (loaded with every page), so it is kept small; the policy page
 * is its own lazy route. Not on that page itself, which asks at the end of the text instead.
 */
export function PolicyNotice() {
  const t = useT();
  const { pathname } = useLocation();
  if (pathname === '/policy') return null;
  // A new page starts afresh: the "thank you" belongs to the page where it was said.
  return (
    <AcknowledgePolicy key={pathname}>
      <Link to="/policy">{t('policy.notice.read')}</Link>
    </AcknowledgePolicy>
  );
}
