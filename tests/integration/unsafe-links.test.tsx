import { screen } from '@testing-library/react';
import { http, HttpResponse } from 'msw';
import { getOrganization } from '../../mocks/db';
import { server } from '../../mocks/node';
import { renderSignedIn } from '../utils/render-app';

// Addresses from the API become links only when they are web addresses: an operator's typo or a
// compromised backend must not put a javascript: link in front of the customer.
const hostile = 'javascript:alert(document.cookie)';

function organizationWithWebsites(url: string) {
  return http.get('*/api/v1/organization', () => {
    const organization = getOrganization();
    return HttpResponse.json({
      ...organization,
      contacts: { ...organization.contacts, website: url },
      supervisoryAuthority: { ...organization.supervisoryAuthority, website: url },
    });
  });
}

describe('website addresses from the API', () => {
  it('on the overview, a javascript: address is shown as text, not as a link', async () => {
    server.use(organizationWithWebsites(hostile));
    await renderSignedIn('bulk@example.com', '/');
    await screen.findByRole('heading', { level: 1, name: /^Hello/ });
    expect(screen.getByText(hostile, { exact: false })).toBeInTheDocument();
    expect(document.querySelector('a[href^="javascript:"]')).toBeNull();
  });

  it('on My other rights, a javascript: address is shown as text, not as a link', async () => {
    server.use(organizationWithWebsites(hostile));
    await renderSignedIn('bulk@example.com', '/requests');
    await screen.findByRole('heading', { level: 1, name: 'My other rights' });
    expect(screen.getAllByText(hostile, { exact: false }).length).toBeGreaterThan(0);
    expect(document.querySelector('a[href^="javascript:"]')).toBeNull();
  });
});
