import { http, HttpResponse } from 'msw';
import { getOrganization, getTenant } from '../db';
import { apiPath } from './lib/paths';

// Public: the portal needs the tenant's identity before anyone signs in.
export const organizationHandlers = [
  http.get(apiPath('/organization'), () => HttpResponse.json(getOrganization())),
  http.get(apiPath('/organization/policy'), () => HttpResponse.json(getTenant().policy)),
];
