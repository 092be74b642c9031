import { useSuspenseQuery } from '@tanstack/react-query';
import type { DataCategory, Recipient } from '../../../api/types';
import { useLanguage, useT } from '../../../shared/i18n/use-t';
import { organizationQueries } from '../../../shared/tenant/api';
import { useLocalized } from '../../../shared/tenant/use-localized';
import { countryName, isInEea } from '../../../shared/lib/countries';

function RecipientItem({ recipient }: { recipient: Recipient }) {
  const t = useT();
  const language = useLanguage();
  const localized = useLocalized();
  const outside = !isInEea(recipient.country);
  return (
    <li>
      <strong>{recipient.name}</strong> · {t(`myData.role.${recipient.role}`)} · {countryName(language, recipient.country)}
      {outside ? <span className="my-data__badge">{t('myData.facts.outsideEea')}</span> : null}
      <br />
      <span className="my-data__muted">{localized(recipient.purpose)}</span>
      {outside && recipient.transferSafeguard ? (
        <>
          <br />
          <span className="my-data__muted">{t('myData.facts.safeguard', { safeguard: localized(recipient.transferSafeguard) })}</span>
        </>
      ) : null}
    </li>
  );
}

/** Why it is held, on what basis, from where, who receives it and for how long (GDPR Art. 15(1)). */
export function CategoryFacts({ category }: { category: DataCategory }) {
  const t = useT();
  const localized = useLocalized();
  const { data: organization } = useSuspenseQuery(organizationQueries.detail());
  const recipients = organization.recipients.filter((recipient) => category.recipientIds.includes(recipient.id));
  return (
    <dl className="my-data__facts">
      <dt>{t('myData.facts.purposes')}</dt>
      <dd>
        <ul>
          {category.purposes.map((purpose) => (
            <li key={purpose.en ?? localized(purpose)}>{localized(purpose)}</li>
          ))}
        </ul>
      </dd>
      <dt>{t('myData.facts.legalBasis')}</dt>
      <dd>
        {t(`myData.basis.${category.legalBasis}`)}
        {category.legalBasisNote ? <span className="my-data__muted"> {localized(category.legalBasisNote)}</span> : null}
      </dd>
      <dt>{t('myData.facts.source')}</dt>
      <dd>{localized(category.source)}</dd>
      <dt>{t('myData.facts.recipients')}</dt>
      <dd>
        {recipients.length === 0 ? (
          t('myData.facts.noRecipients', { organization: organization.name })
        ) : (
          <ul>
            {recipients.map((recipient) => (
              <RecipientItem key={recipient.id} recipient={recipient} />
            ))}
          </ul>
        )}
      </dd>
      <dt>{t('myData.facts.retention')}</dt>
      <dd>{localized(category.retention)}</dd>
    </dl>
  );
}
