import { useSuspenseQuery } from '@tanstack/react-query';
import { LanguageSwitcher } from '../i18n/language-switcher';
import { organizationQueries } from './api';
import { BrandLogo } from './brand-logo';

/** The header of the pages seen signed out (sign-in, goodbye): the company's brand and the language choice. */
export function PublicPageHeader() {
  const { data: organization } = useSuspenseQuery(organizationQueries.detail());
  return (
    <header className="sign-in-page__header">
      <div className="brand">
        <BrandLogo url={organization.logoUrl} />
        <span className="brand__name">{organization.name}</span>
      </div>
      <LanguageSwitcher languages={organization.languages} />
    </header>
  );
}
