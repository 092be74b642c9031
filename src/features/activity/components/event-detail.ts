import type { ActivityEvent, Organization } from '../../../api/types';
import type { MessageId } from '../../../locales/en';
import type { Language } from '../../../shared/i18n/languages';
import type { Translate } from '../../../shared/i18n/use-t';

type Localize = (text: Organization['marketing']['topics'][number]['name']) => string;

const profileFields: Record<string, MessageId> = {
  firstName: 'activity.field.firstName',
  lastName: 'activity.field.lastName',
  phone: 'activity.field.phone',
  language: 'activity.field.language',
  addresses: 'activity.field.addresses',
};

const channels: Record<string, MessageId> = {
  email: 'activity.channel.email',
  sms: 'activity.channel.sms',
  phone: 'activity.channel.phone',
  post: 'activity.channel.post',
};

// A marketing key (`channels.email`, `topics.newsletter`, `advertising.facebook`, …) in words;
// one the company no longer offers is shown by its id.
function preferenceName(key: string, organization: Organization, t: Translate, localized: Localize): string {
  const [group, id = ''] = key.split('.');
  const { marketing } = organization;
  if (group === 'objection') return t('activity.key.objection');
  if (group === 'channels' && channels[id]) return t(channels[id]);
  const topic = group === 'topics' ? marketing.topics.find((candidate) => candidate.id === id) : undefined;
  if (topic) return localized(topic.name);
  if (group === 'advertising') {
    return t('activity.key.advertising', { name: marketing.advertisingPartners.find((partner) => partner.id === id)?.name ?? id });
  }
  if (group === 'sharing') {
    return t('activity.key.sharing', { name: marketing.sharingPartners.find((partner) => partner.id === id)?.name ?? id });
  }
  return key;
}

function names(detail: string, language: Language, name: (id: string) => string): string {
  const ids = detail.split(',').map((id) => id.trim()).filter(Boolean);
  return new Intl.ListFormat(language, { type: 'conjunction' }).format(ids.map(name));
}

/**
 * The second line of an event: what it was about, from `detail` (see the contract). Values the
 * portal knows are named in the page language; anything else is shown as the text it is.
 */
export function eventDetail(
  event: ActivityEvent,
  context: { organization: Organization; language: Language; t: Translate; localized: Localize },
): string | null {
  const { detail } = event;
  const { organization, language, t, localized } = context;
  if (!detail) return null;
  switch (event.type) {
    case 'profile_updated':
      return t('activity.detail.changed', { items: names(detail, language, (id) => (profileFields[id] ? t(profileFields[id]) : id)) });
    case 'preferences_changed':
      return t('activity.detail.changed', {
        items: names(detail, language, (key) => preferenceName(key, organization, t, localized)),
      });
    case 'export_requested':
      return t('activity.detail.format', { format: detail.toUpperCase() });
    case 'export_downloaded':
      return t('activity.detail.file', { name: detail });
    case 'request_created':
    case 'request_withdrawn':
      return t('activity.detail.reference', { reference: detail });
    case 'policy_acknowledged':
      return t('activity.detail.policyVersion', { version: detail });
    default:
      return detail;
  }
}
