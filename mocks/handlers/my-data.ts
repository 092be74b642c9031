import { http, HttpResponse } from 'msw';
import { fixtureData } from '../db';
import { accountView, technicalView, visibleFiles, visibleOrders } from '../domain/customer-data';
import type { CustomerRecord } from '../model';
import { authenticate, type Cookies } from './lib/auth';
import { paginate } from './lib/paginate';
import { apiPath } from './lib/paths';

// One endpoint per data category, so each part of "my data" can load (and fail) on its own.

function listHandler<T>(path: string, items: (customer: CustomerRecord) => readonly T[]) {
  return http.get(apiPath(path), ({ request, cookies }: { request: Request; cookies: Cookies }) => {
    const auth = authenticate(request, cookies);
    if (!auth.ok) return auth.response;
    const result = paginate(request, items(auth.caller.customer));
    return result.ok ? HttpResponse.json(result.page) : result.response;
  });
}

export const myDataHandlers = [
  http.get(apiPath('/me/account'), ({ request, cookies }) => {
    const auth = authenticate(request, cookies);
    return auth.ok ? HttpResponse.json(accountView(auth.caller.customer)) : auth.response;
  }),
  listHandler('/me/orders', visibleOrders),
  listHandler('/me/reviews', (customer) => fixtureData(customer.fixture).reviews),
  listHandler('/me/communications', (customer) => fixtureData(customer.fixture).communications),
  listHandler('/me/files', visibleFiles),
  listHandler('/me/activity', (customer) => [...customer.activity].reverse()),
  http.get(apiPath('/me/payment-methods'), ({ request, cookies }) => {
    const auth = authenticate(request, cookies);
    return auth.ok ? HttpResponse.json({ items: fixtureData(auth.caller.customer.fixture).paymentMethods }) : auth.response;
  }),
  http.get(apiPath('/me/technical'), ({ request, cookies }) => {
    const auth = authenticate(request, cookies);
    return auth.ok ? HttpResponse.json(technicalView(auth.caller.customer, auth.caller.session.id)) : auth.response;
  }),
];
