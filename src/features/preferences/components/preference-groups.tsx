import type { Organization, Preferences } from '../../../api/types';
import { useLanguage, useT } from '../../../shared/i18n/use-t';
import { useLocalized } from '../../../shared/tenant/use-localized';
import type { PreferenceGroup } from '../use-preference-mutations';
import { PreferenceSwitch } from './preference-switch';

interface Item {
  id: string;
  label: string;
  description: string;
  recipient?: string;
}

interface PreferenceGroupsProps {
  organization: Organization;
  preferences: Preferences;
  onToggle: (group: PreferenceGroup, id: string, label: string, value: boolean) => void;
}

/** The tenant's channels, topics and partners; a group the tenant does not offer is left out. */
export function PreferenceGroups({ organization, preferences, onToggle }: PreferenceGroupsProps) {
  const t = useT();
  const language = useLanguage();
  const localized = useLocalized();
  const { marketing } = organization;
  const regions = new Intl.DisplayNames([language], { type: 'region' });
  const receivedBy = (recipientId: string, fallback: string) => {
    const recipient = organization.recipients.find((candidate) => candidate.id === recipientId);
    return t('preferences.receivedBy', {
      name: recipient?.name ?? fallback,
      country: recipient ? (regions.of(recipient.country) ?? recipient.country) : '',
    });
  };
  const partnerItems = (partners: Organization['marketing']['advertisingPartners']): Item[] =>
    partners.map((partner) => ({
      id: partner.id,
      label: partner.name,
      description: localized(partner.description),
      recipient: receivedBy(partner.recipientId, partner.name),
    }));

  const groups: { group: PreferenceGroup; title: string; intro: string; items: Item[] }[] = [
    {
      group: 'channels',
      title: t('preferences.channels.title'),
      intro: t('preferences.channels.intro', { organization: organization.name }),
      items: marketing.channels.map((channel) => ({
        id: channel.id,
        label: t(`preferences.channel.${channel.id}`),
        description: localized(channel.description),
      })),
    },
    {
      group: 'topics',
      title: t('preferences.topics.title'),
      intro: t('preferences.topics.intro'),
      items: marketing.topics.map((topic) => ({ id: topic.id, label: localized(topic.name), description: localized(topic.description) })),
    },
    {
      group: 'advertising',
      title: t('preferences.advertising.title'),
      intro: t('preferences.advertising.intro', { organization: organization.name }),
      items: partnerItems(marketing.advertisingPartners),
    },
    {
      group: 'sharing',
      title: t('preferences.sharing.title'),
      intro: t('preferences.sharing.intro', { organization: organization.name }),
      items: partnerItems(marketing.sharingPartners),
    },
  ];

  return groups
    .filter(({ items }) => items.length > 0)
    .map(({ group, title, intro, items }) => (
      <section key={group} className="card" aria-labelledby={`preferences-${group}`}>
        <h2 id={`preferences-${group}`} className="card__title">
          {title}
        </h2>
        <p>{intro}</p>
        <ul className="pref-list">
          {items.map((item) => (
            <PreferenceSwitch
              key={item.id}
              label={item.label}
              description={item.description}
              recipient={item.recipient}
              checked={preferences[group][item.id] ?? false}
              onToggle={(value) => onToggle(group, item.id, item.label, value)}
            />
          ))}
        </ul>
      </section>
    ));
}
