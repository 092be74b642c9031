import type { messages as activityMessages } from './activity.en';
import type { messages as deletionMessages } from './deletion.en';
import type { messages as devicesMessages } from './devices.en';
import type { messages as exportMessages } from './export.en';
import type { messages as myDataMessages } from './my-data.en';
import type { messages as policyMessages } from './policy.en';
import type { messages as preferencesMessages } from './preferences.en';
import type { messages as profileMessages } from './profile.en';
import type { messages as requestsMessages } from './requests.en';

// The message ids of the feature catalogues (<feature>.en.ts), so `t()` accepts them.
// A new feature catalogue: one import above and one member below.
export type FeatureMessageId =
  | keyof typeof activityMessages
  | keyof typeof deletionMessages
  | keyof typeof devicesMessages
  | keyof typeof exportMessages
  | keyof typeof myDataMessages
  | keyof typeof policyMessages
  | keyof typeof preferencesMessages
  | keyof typeof profileMessages
  | keyof typeof requestsMessages;
