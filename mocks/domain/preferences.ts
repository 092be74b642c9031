import type { ConsentChange, Organization, Preferences } from '../../src/api/types';
import { nowIso } from '../clock';
import { randomId } from '../fixtures/random';
import type { CustomerRecord } from '../model';
import { gpcStatus } from './gpc-status';

// Marketing preferences keyed by what the tenant offers; every change leaves a ConsentChange.

export const preferenceGroups = ['channels', 'topics', 'advertising', 'sharing'] as const;
export type PreferenceGroup = (typeof preferenceGroups)[number];

export function offeredKeys(organization: Organization): Record<PreferenceGroup, string[]> {
  const { marketing } = organization;
  return {
    channels: marketing.channels.map((channel) => channel.id),
    topics: marketing.topics.map((topic) => topic.id),
    advertising: marketing.advertisingPartners.map((partner) => partner.id),
    sharing: marketing.sharingPartners.map((partner) => partner.id),
  };
}

/** Every offered key, with false for keys the customer never set. */
export function preferencesView(customer: CustomerRecord, organization: Organization): Preferences {
  const offered = offeredKeys(organization);
  const group = (name: PreferenceGroup) =>
    Object.fromEntries(offered[name].map((key) => [key, customer.preferences[name][key] ?? false]));
  return {
    channels: group('channels'),
    topics: group('topics'),
    advertising: group('advertising'),
    sharing: group('sharing'),
    objection: customer.preferences.objection,
    updatedAt: customer.preferences.updatedAt,
    globalPrivacyControl: gpcStatus(customer),
  };
}

function currentValue(customer: CustomerRecord, key: string): boolean {
  if (key === 'objection') return customer.preferences.objection;
  const [group, id] = key.split('.') as [PreferenceGroup, string];
  return customer.preferences[group][id] ?? false;
}

/**
 * Sets one key (`channels.email`, …, or `objection`); records a ConsentChange when the value
 * actually changes. `from` is null when the customer had never made a choice for that key.
 */
export function setPreference(customer: CustomerRecord, key: string, to: boolean, source: ConsentChange['source'], policyVersion: string): boolean {
  const before = currentValue(customer, key);
  if (before === to) return false;
  const everChosen = customer.consents.some((change) => change.key === key);
  if (key === 'objection') customer.preferences.objection = to;
  else {
    const [group, id] = key.split('.') as [PreferenceGroup, string];
    customer.preferences[group] = { ...customer.preferences[group], [id]: to };
  }
  const at = nowIso();
  customer.preferences.updatedAt = at;
  customer.consents.push({ id: randomId('cc'), at, key, from: everChosen ? before : null, to, source, policyVersion });
  return true;
}
