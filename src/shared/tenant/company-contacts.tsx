import { useSuspenseQuery } from '@tanstack/react-query';
import { organizationQueries } from './api';

/** How to reach the company: e-mail, phone if it has one, postal address. */
export function CompanyContacts() {
  const { data: organization } = useSuspenseQuery(organizationQueries.detail());
  const { contacts } = organization;
  return (
    <p>
      <a href={`mailto:${contacts.email}`}>{contacts.email}</a>
      {contacts.phone ? ` · ${contacts.phone}` : null}
      <br />
      {contacts.postalAddress}
    </p>
  );
}
