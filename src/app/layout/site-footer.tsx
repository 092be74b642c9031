import { NavLink } from 'react-router';
import { useSuspenseQuery } from '@tanstack/react-query';
import { useLanguage, useT } from '../../shared/i18n/use-t';
import { formatPostalAddress } from '../../shared/lib/postal-address';
import { organizationQueries } from '../../shared/tenant/api';

/** Who runs this portal and how to reach them, on every page. */
export function SiteFooter() {
  const t = useT();
  const language = useLanguage();
  const { data: organization } = useSuspenseQuery(organizationQueries.detail());
  const { contacts } = organization;
  return (
    <footer className="site-footer">
      <p>
        {t('layout.footerController', { name: organization.legalName })} · {formatPostalAddress(language, contacts.postalAddress)}
      </p>
      <p>
        <a href={`mailto:${contacts.email}`}>{contacts.email}</a>
        {organization.dpo ? (
          <>
            {' · '}
            {t('layout.footerDpo')} <a href={`mailto:${organization.dpo.email}`}>{organization.dpo.email}</a>
          </>
        ) : null}
      </p>
      <p>
        <NavLink to="/policy">{t('layout.footerPolicy')}</NavLink>
      </p>
    </footer>
  );
}
