import { useSuspenseQuery } from '@tanstack/react-query';
import type { RequestSubject } from '../../../api/types';
import type { MessageId } from '../../../locales/en';
import { useT } from '../../../shared/i18n/use-t';
import { organizationQueries } from '../../../shared/tenant/api';
import { useLocalized } from '../../../shared/tenant/use-localized';

// Field names the portal itself files requests about (a past order's address, an e-mail
// address); another backend's field names are not guessed at.
const fieldNames: Partial<Record<string, MessageId>> = {
  shippingAddress: 'requests.field.shippingAddress',
  email: 'requests.field.email',
};

/** "Orders: delivery address", in the page language, from the tenant's own category names. */
export function RequestAbout({ subject }: { subject: RequestSubject | null }) {
  const t = useT();
  const localized = useLocalized();
  const { data: organization } = useSuspenseQuery(organizationQueries.detail());
  if (!subject) return <>{t('requests.about.general')}</>;
  const category = organization.dataCategories.find((candidate) => candidate.id === subject.categoryId);
  const name = category ? localized(category.name) : subject.categoryId;
  const field = subject.field ? fieldNames[subject.field] : undefined;
  return <>{field ? t('requests.about.field', { category: name, field: t(field) }) : name}</>;
}
