import type { Organization } from '../../../api/types';
import type { Translate } from '../../../shared/i18n/use-t';

type Localize = (text: Organization['marketing']['topics'][number]['name']) => string;

/** The human name of a history key (`channels.email` → "E-mail", `topics.newsletter` → the tenant's name). */
export function consentKeyLabel(key: string, organization: Organization, t: Translate, localized: Localize): string {
  if (key === 'objection') return t('preferences.history.objection');
  const [group, id = ''] = key.split('.');
  const { marketing } = organization;
  if (group === 'channels') {
    const channel = marketing.channels.find((candidate) => candidate.id === id);
    if (channel) return t(`preferences.channel.${channel.id}`);
  }
  if (group === 'topics') {
    const topic = marketing.topics.find((candidate) => candidate.id === id);
    if (topic) return localized(topic.name);
  }
  if (group === 'advertising') {
    const partner = marketing.advertisingPartners.find((candidate) => candidate.id === id);
    return t('preferences.history.advertising', { name: partner?.name ?? id });
  }
  if (group === 'sharing') {
    const partner = marketing.sharingPartners.find((candidate) => candidate.id === id);
    return t('preferences.history.sharing', { name: partner?.name ?? id });
  }
  // A key the company no longer offers still appears in the history, by its id.
  return key;
}
