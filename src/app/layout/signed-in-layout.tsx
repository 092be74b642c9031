import { Link, Outlet } from 'react-router';
import { useSuspenseQuery } from '@tanstack/react-query';
import { DeletionGate } from '../../features/deletion/components/deletion-gate';
import { PolicyNotice } from '../../features/policy/components/policy-notice';
import { ProfileLanguageSwitcher } from './profile-language-switcher';
import { useT } from '../../shared/i18n/use-t';
import { organizationQueries } from '../../shared/tenant/api';
import { SectionNav } from './section-nav';
import { SignOutButton } from './sign-out-button';
import { SiteFooter } from './site-footer';
import { BrandLogo } from '../../shared/tenant/brand-logo';

export function SignedInLayout() {
  const t = useT();
  const { data: organization } = useSuspenseQuery(organizationQueries.detail());
  return (
    <div className="shell">
      <a className="skip-link" href="#main">
        {t('layout.skipToContent')}
      </a>
      <header className="shell__header">
        <Link to="/" className="brand">
          <BrandLogo url={organization.logoUrl} />
          <span className="brand__name">{organization.name}</span>
          <span className="brand__product">{t('layout.productName')}</span>
        </Link>
        <div className="shell__actions">
          <ProfileLanguageSwitcher languages={organization.languages} />
          <SignOutButton />
        </div>
      </header>
      <SectionNav />
      <main id="main" tabIndex={-1} className="shell__main">
        <PolicyNotice where="top" />
        <DeletionGate>
          <Outlet />
        </DeletionGate>
        <PolicyNotice where="bottom" />
      </main>
      <SiteFooter />
    </div>
  );
}
