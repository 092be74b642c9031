import { useSuspenseQuery } from '@tanstack/react-query';
import { useT } from '../../../shared/i18n/use-t';
import { safeHref } from '../../../shared/lib/safe-href';
import { organizationQueries } from '../../../shared/tenant/api';
import { CompanyContacts } from '../../../shared/tenant/company-contacts';
import { useLocalized } from '../../../shared/tenant/use-localized';

/** Who to ask, and where to complain (GDPR Art. 13(1)(a)–(b), 77). */
export function ContactCard() {
  const t = useT();
  const localized = useLocalized();
  const { data: organization } = useSuspenseQuery(organizationQueries.detail());
  const authority = organization.supervisoryAuthority;
  const website = safeHref(authority.website);
  return (
    <section className="card" aria-labelledby="contact-card-title">
      <h2 id="contact-card-title" className="card__title">
        {t('overview.contactTitle')}
      </h2>
      <p>{t('overview.contactCompany', { name: organization.legalName })}</p>
      <CompanyContacts />
      <p>{t('overview.complaint', { authority: localized(authority.name) })}</p>
      <p>
        {website ? (
          <a href={website} rel="noreferrer">
            {authority.website}
          </a>
        ) : (
          authority.website
        )}{' '}
        · <a href={`mailto:${authority.email}`}>{authority.email}</a>
      </p>
    </section>
  );
}
