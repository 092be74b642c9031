import { useSuspenseQuery } from '@tanstack/react-query';
import { Link } from 'react-router';
import { profileQueries } from '../../../shared/profile/api';
import { useLanguage, useT } from '../../../shared/i18n/use-t';
import { countryName } from '../../../shared/lib/countries';
import { Empty } from './empty';

type Part = 'identity' | 'contact' | 'addresses';

/** Identity, contact details and addresses all come from the profile; they are corrected there. */
export function ProfileValues({ part }: { part: Part }) {
  const t = useT();
  const language = useLanguage();
  const { data } = useSuspenseQuery(profileQueries.detail());
  const profile = data.data;
  const correct = (
    <p>
      <Link to="/profile">{t('myData.profile.correct')}</Link>
    </p>
  );
  if (part === 'identity') {
    return (
      <>
        <dl className="facts my-data__values">
          <dt>{t('myData.profile.firstName')}</dt>
          <dd>{profile.firstName}</dd>
          <dt>{t('myData.profile.lastName')}</dt>
          <dd>{profile.lastName}</dd>
        </dl>
        {correct}
      </>
    );
  }
  if (part === 'contact') {
    return (
      <>
        <dl className="facts my-data__values">
          <dt>{t('myData.profile.email')}</dt>
          <dd>{profile.email}</dd>
          {profile.pendingEmail ? (
            <>
              <dt>{t('myData.profile.pendingEmail')}</dt>
              <dd>{profile.pendingEmail.email}</dd>
            </>
          ) : null}
          <dt>{t('myData.profile.phone')}</dt>
          <dd>{profile.phone ?? t('myData.profile.noPhone')}</dd>
        </dl>
        {correct}
      </>
    );
  }
  if (profile.addresses.length === 0) return <Empty>{t('myData.profile.noAddresses')}</Empty>;
  return (
    <>
      <ul className="my-data__list">
        {profile.addresses.map((address) => (
          <li key={address.id}>
            <strong>{address.label || t('myData.profile.address')}</strong>
            {address.isDefault ? <span className="my-data__badge">{t('myData.profile.default')}</span> : null}
            <address>
              {address.recipient}
              <br />
              {address.line1}
              {address.line2 ? (
                <>
                  <br />
                  {address.line2}
                </>
              ) : null}
              <br />
              {address.postalCode} {address.city}
              <br />
              {countryName(language, address.country)}
            </address>
          </li>
        ))}
      </ul>
      {correct}
    </>
  );
}
