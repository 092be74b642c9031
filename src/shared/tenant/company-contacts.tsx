import { useSuspenseQuery } from '@tanstack/react-query';
import { useLanguage } from '../i18n/use-t';
import { formatPostalAddress } from '../lib/postal-address';
import { organizationQueries } from './api';

/** How to reach the company: e-mail, phone if it has one, postal address. */
export function CompanyContacts() {
  const language = useLanguage();
  const { data: organization } = useSuspenseQuery(organizationQueries.detail());
  const { contacts } = organization;
  return (
    <p>
      <a href={`mailto:${contacts.email}`}>{contacts.email}</a>
      {contacts.phone ? ` · ${contacts.phone}` : null}
      <br />
      {formatPostalAddress(language, contacts.postalAddress)}
    </p>
  );
}
