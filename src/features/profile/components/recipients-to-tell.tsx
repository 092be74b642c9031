import { useSuspenseQuery } from '@tanstack/react-query';
import { Link } from 'react-router';
import type { DataCategoryId } from '../../../api/types';
import { useLanguage, useT } from '../../../shared/i18n/use-t';
import { organizationQueries } from '../../../shared/tenant/api';
import { listOfNames, recipientNamesOf } from '../../../shared/tenant/recipients-of';
import type { ProfileField } from '../validation';

// Which of the company's data categories each profile field belongs to.
const categoryOf: Partial<Record<ProfileField, DataCategoryId>> = { firstName: 'identity', lastName: 'identity', phone: 'contact', addresses: 'addresses' };

/**
 * GDPR Art. 19 after a correction: names the recipients that received the changed data (from the
 * company's own list of who receives what) and where to see when each was told.
 */
export function RecipientsToTell({ fields }: { fields: readonly ProfileField[] }) {
  const t = useT();
  const language = useLanguage();
  const { data: organization } = useSuspenseQuery(organizationQueries.detail());
  const categories = new Set(fields.map((field) => categoryOf[field]).filter((id): id is DataCategoryId => id !== undefined));
  const names = recipientNamesOf(organization, categories);
  if (names.length === 0) return null;
  const list = listOfNames(language, names);
  return (
    <p>
      {t('profile.recipients.telling', { names: list })} <Link to="/requests">{t('profile.recipients.link')}</Link>
    </p>
  );
}
