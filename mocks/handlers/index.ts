import { controlHandlers } from './control';
import { controlGuard } from './control-guard';
import { controlRequestHandlers } from './control-requests';
import { deletionHandlers } from './deletion';
import { deviceHandlers } from './devices';
import { emailChangeHandlers } from './email-change';
import { exportHandlers } from './exports';
import { createFaultHandler } from './fault';
import { myDataHandlers } from './my-data';
import { notFoundHandler } from './not-found';
import { organizationHandlers } from './organization';
import { policyHandlers } from './policy';
import { preferencesHandlers } from './preferences';
import { profileHandlers } from './profile';
import { requestHandlers } from './requests';
import { sessionHandlers } from './session';

// The real handlers, the 404 catch-all last.
const answering = [
  controlGuard,
  ...controlHandlers,
  ...controlRequestHandlers,
  ...sessionHandlers,
  ...deviceHandlers,
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

// The fault handler comes first: it falls through when no fault applies.
export const handlers = [createFaultHandler(answering), ...answering];
