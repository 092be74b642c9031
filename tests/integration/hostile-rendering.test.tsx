import { getDefaultNormalizer, screen, within } from '@testing-library/react';
import { findCustomerByEmail, getOrganization } from '../../mocks/db';
import { hostileTexts } from '../hostile/corpus';
import { renderSignedIn } from '../utils/render-app';

// Text the API sends is text: whatever a name, an address or the company's own strings hold, the
// page shows it literally and runs nothing.
declare global {
  interface Window {
    __pwned?: boolean;
  }
}

function expectNothingInjected() {
  expect(window.__pwned).toBeUndefined();
  expect(document.querySelector('main script, main img[onerror], main svg[onload], main iframe, header script, header img[onerror]')).toBeNull();
  for (const link of document.querySelectorAll('a[href]')) expect(link.getAttribute('href')).not.toMatch(/^\s*javascript:/i);
}

describe('API-provided text with hostile content', () => {
  it.each(hostileTexts.filter((entry) => !entry.hasControlCharacters))('shows a name holding $name as text on the overview and the profile', async ({ text }) => {
    const anna = findCustomerByEmail('anna@example.com')!;
    anna.lastName = text;
    anna.addresses[0]!.line1 = text;
    const { user } = await renderSignedIn();
    await screen.findByRole('heading', { level: 1, name: /^Hello/ });
    expect(within(screen.getByRole('region', { name: /Signed in as/ })).getByText((content) => content.includes(text), { normalizer: getDefaultNormalizer({ trim: false, collapseWhitespace: false }) })).toBeInTheDocument();
    expectNothingInjected();

    await user.click(within(screen.getByRole('navigation', { name: 'Sections' })).getByRole('link', { name: 'Correct my data' }));
    await screen.findByRole('heading', { level: 1, name: 'Correct my data' });
    expect(screen.getByLabelText('Last name')).toHaveValue(text);
    expectNothingInjected();
  });

  it('shows a company name holding markup as text in the header and the footer', async () => {
    const organization = getOrganization();
    organization.name = '<img src=x onerror="window.__pwned = true">Aptolux';
    await renderSignedIn();
    await screen.findByRole('heading', { level: 1, name: /^Hello/ });
    expect(screen.getAllByText(/<img src=x onerror="window\.__pwned = true">Aptolux/).length).toBeGreaterThan(0);
    expectNothingInjected();
  });
});
