import { Link } from 'react-router';
import { useSuspenseQuery } from '@tanstack/react-query';
import { useLanguage, useT } from '../../../shared/i18n/use-t';
import { organizationQueries } from '../../../shared/tenant/api';
import { listOfNames, recipientNamesOf } from '../../../shared/tenant/recipients-of';
import { useLocalized } from '../../../shared/tenant/use-localized';
import { deletionQueries } from '../api';

/** Step 1: what goes, what stays (and why, and how long), and when — from the tenant and the customer's own data. */
export function Consequences() {
  const t = useT();
  const language = useLanguage();
  const localized = useLocalized();
  const { data: organization } = useSuspenseQuery(organizationQueries.detail());
  const { data: footprint } = useSuspenseQuery(deletionQueries.footprint());
  const { graceDays, reviews, retained } = organization.deletion;
  const holdsFiles = organization.dataCategories.some((category) => category.id === 'files');
  // GDPR Art. 19: every recipient of the customer's data is told of the erasure.
  const recipients = recipientNamesOf(organization);
  return (
    <>
      <section className="card deletion-card" aria-labelledby="deletion-deleted-title">
        <h3 id="deletion-deleted-title" className="card__title">
          {t('deletion.deletedTitle')}
        </h3>
        <ul className="deletion-list">
          <li>{t('deletion.deleted.profile')}</li>
          <li>{t('deletion.deleted.login')}</li>
          <li>{t('deletion.deleted.paymentMethods', { count: footprint.paymentMethods })}</li>
          <li>
            {t(reviews === 'anonymised' ? 'deletion.deleted.reviewsAnonymised' : 'deletion.deleted.reviewsDeleted', {
              count: footprint.reviews,
            })}
          </li>
          {holdsFiles ? <li>{t('deletion.deleted.files', { count: footprint.files })}</li> : null}
          <li>{t('deletion.deleted.orders', { count: footprint.orders })}</li>
          <li>{t('deletion.deleted.consents')}</li>
        </ul>
      </section>
      <section className="card deletion-card" aria-labelledby="deletion-kept-title">
        <h3 id="deletion-kept-title" className="card__title">
          {t('deletion.keptTitle')}
        </h3>
        {retained.length === 0 ? (
          <p>{t('deletion.keptNone')}</p>
        ) : (
          <>
            <ul className="deletion-list">
              {retained.map((record, index) => (
                <li key={index}>
                  <strong>{localized(record.what)}</strong>: {localized(record.reason)}.{' '}
                  {t('deletion.keptPeriod', { period: localized(record.period) })}
                </li>
              ))}
            </ul>
            <p>{t('deletion.keptUnlinked')}</p>
          </>
        )}
      </section>
      {recipients.length > 0 ? (
        <section className="card deletion-card" aria-labelledby="deletion-told-title">
          <h3 id="deletion-told-title" className="card__title">
            {t('deletion.toldTitle')}
          </h3>
          <p>{t('deletion.toldText', { names: listOfNames(language, recipients) })}</p>
        </section>
      ) : null}
      <section className="card deletion-card" aria-labelledby="deletion-when-title">
        <h3 id="deletion-when-title" className="card__title">
          {t('deletion.whenTitle')}
        </h3>
        <p>{graceDays > 0 ? t('deletion.whenGrace', { days: graceDays }) : t('deletion.whenImmediate')}</p>
      </section>
      <section className="card deletion-card" aria-labelledby="deletion-copy-title">
        <h3 id="deletion-copy-title" className="card__title">
          {t('deletion.copyTitle')}
        </h3>
        <p>
          {t('deletion.copyText')} <Link to="/export">{t('deletion.copyLink')}</Link>
        </p>
      </section>
    </>
  );
}
