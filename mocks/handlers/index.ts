import { controlHandlers } from './control';
import { deletionHandlers } from './deletion';
import { emailChangeHandlers } from './email-change';
import { exportHandlers } from './exports';
import { faultHandler } from './fault';
import { myDataHandlers } from './my-data';
import { notFoundHandler } from './not-found';
import { organizationHandlers } from './organization';
import { policyHandlers } from './policy';
import { preferencesHandlers } from './preferences';
import { profileHandlers } from './profile';
import { requestHandlers } from './requests';
import { sessionHandlers } from './session';

// The fault handler must come first (it falls through when no fault applies) and the 404
// catch-all last.
export const handlers = [
  faultHandler,
  ...controlHandlers,
  ...sessionHandlers,
  ...organizationHandlers,
  ...profileHandlers,
  ...emailChangeHandlers,
  ...myDataHandlers,
  ...preferencesHandlers,
  ...exportHandlers,
  ...deletionHandlers,
  ...requestHandlers,
  ...policyHandlers,
  notFoundHandler,
];
