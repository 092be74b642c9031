import type { ActivityEvent, DataCategoryId, Organization } from '../../../api/types';
import { recipientNamesOf } from '../../../shared/tenant/recipients-of';

// The data categories a profile change touches (the changed fields are the event's detail).
const categoryOfField: Record<string, DataCategoryId> = { firstName: 'identity', lastName: 'identity', phone: 'contact', addresses: 'addresses' };

/**
 * GDPR Art. 19 in the activity log: the recipients told of a correction made on the profile page
 * (the company's own list of who receives which data); none for other events.
 */
export function recipientsOfEvent(event: ActivityEvent, organization: Organization): string[] {
  if (event.type === 'email_changed') return recipientNamesOf(organization, new Set<DataCategoryId>(['contact']));
  if (event.type !== 'profile_updated' || !event.detail) return [];
  const categories = new Set(
    event.detail
      .split(',')
      .map((field) => categoryOfField[field.trim()])
      .filter((id): id is DataCategoryId => id !== undefined),
  );
  return categories.size > 0 ? recipientNamesOf(organization, categories) : [];
}
