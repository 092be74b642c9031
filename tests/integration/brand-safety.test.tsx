import { fireEvent, screen, waitFor } from '@testing-library/react';
import { http, HttpResponse } from 'msw';
import { getOrganization } from '../../mocks/db';
import { server } from '../../mocks/node';
import type { Organization } from '../../src/api/types';
import { renderApp } from '../utils/render-app';

// The brand comes from the operator's API: colours that make text unreadable fall back to the
// default theme (with a warning for the operator), and a logo that fails to load leaves the name.

function organizationWith(change: (organization: Organization) => Organization) {
  server.use(http.get('*/api/v1/organization', () => HttpResponse.json(change(getOrganization()))));
}

const brandColour = () => document.documentElement.style.getPropertyValue('--brand');
const logo = () => document.querySelector('img.brand__logo');

describe('brand safety', () => {
  beforeEach(() => {
    document.documentElement.style.removeProperty('--brand');
    document.documentElement.style.removeProperty('--on-brand');
  });

  it('uses brand colours that keep text readable', async () => {
    renderApp('/sign-in');
    await screen.findByRole('button', { name: 'Sign in' });
    await waitFor(() => expect(brandColour()).toBe('#0E5A5F'));
  });

  it('keeps the default theme and warns the operator when the colours fail WCAG AA', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    organizationWith((organization) => ({ ...organization, brand: { primaryColor: '#FFD700', onPrimaryColor: '#FFFFFF' } }));
    renderApp('/sign-in');
    await screen.findByRole('button', { name: 'Sign in' });
    await waitFor(() => expect(warn).toHaveBeenCalledWith(expect.stringMatching(/#FFD700 on #FFFFFF .* contrast of 1\.\d\d:1; WCAG AA needs 4\.5:1.*default theme/)));
    expect(brandColour()).toBe('');
  });

  it('shows the company name alone when the logo fails to load', async () => {
    organizationWith((organization) => ({ ...organization, logoUrl: 'https://logos.example/missing.png' }));
    renderApp('/sign-in');
    await screen.findByRole('button', { name: 'Sign in' });
    const image = logo();
    expect(image).toHaveAttribute('src', 'https://logos.example/missing.png');
    fireEvent.error(image as Element);
    expect(logo()).toBeNull();
    expect(screen.getByRole('banner')).toHaveTextContent('Aptolux');
  });
});
