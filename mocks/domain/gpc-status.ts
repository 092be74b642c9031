import type { GlobalPrivacyControlStatus } from '../../src/api/types';
import type { CustomerRecord } from '../model';

// What the preferences answer says about Global Privacy Control (see gpc.ts for honouring it).

/** When it was honoured, and the partners switched back on deliberately since. */
export function gpcStatus(customer: CustomerRecord): GlobalPrivacyControlStatus {
  const record = customer.gpc;
  if (!record) return { honouredAt: null, keptOn: [] };
  const isOn = (key: string) => {
    const [group, id = ''] = key.split('.');
    return group === 'advertising' ? customer.preferences.advertising[id] === true : customer.preferences.sharing[id] === true;
  };
  return { honouredAt: record.honouredAt, keptOn: record.appliedKeys.filter(isOn) };
}
