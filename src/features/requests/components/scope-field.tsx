import { useSuspenseQuery } from '@tanstack/react-query';
import type { DataCategoryId } from '../../../api/types';
import { useT } from '../../../shared/i18n/use-t';
import { organizationQueries } from '../../../shared/tenant/api';
import { useLocalized } from '../../../shared/tenant/use-localized';

interface ScopeFieldProps {
  value: DataCategoryId | '';
  error: string | undefined;
  onChange: (value: DataCategoryId | '') => void;
}

/** Optional: which of the company's data categories the request is about. */
export function ScopeField({ value, error, onChange }: ScopeFieldProps) {
  const t = useT();
  const localized = useLocalized();
  const { data: organization } = useSuspenseQuery(organizationQueries.detail());
  const describedBy = [error ? 'request-scope-error' : null, 'request-scope-hint'].filter(Boolean).join(' ');
  return (
    <div className={error ? 'field field--invalid' : 'field'}>
      <label htmlFor="request-scope" className="field__label">
        {t('requests.form.scope')}
      </label>
      <p id="request-scope-hint" className="field__hint">
        {t('requests.form.scopeHint')}
      </p>
      {error ? (
        <p id="request-scope-error" className="field__error">
          {error}
        </p>
      ) : null}
      <select
        id="request-scope"
        className="field__input"
        value={value}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy}
        onChange={(event) => {
          const chosen = organization.dataCategories.find((category) => category.id === event.target.value);
          onChange(chosen ? chosen.id : '');
        }}
      >
        <option value="">{t('requests.form.scopeAll')}</option>
        {organization.dataCategories.map((category) => (
          <option key={category.id} value={category.id}>
            {localized(category.name)}
          </option>
        ))}
      </select>
    </div>
  );
}
