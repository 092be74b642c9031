import { Link } from 'react-router';
import type { RequestType } from '../../../api/types';
import { useT } from '../../../shared/i18n/use-t';

export const requestKinds: readonly RequestType[] = ['restriction', 'objection', 'rectification', 'question'];

interface KindChoiceProps {
  value: RequestType | null;
  error: string | null;
  onChange: (kind: RequestType) => void;
}

/** The four rights, each with one plain sentence on what it means. */
export function KindChoice({ value, error, onChange }: KindChoiceProps) {
  const t = useT();
  return (
    <fieldset className="request-kinds" id="request-kind" tabIndex={-1} aria-describedby={error ? 'request-kind-error' : undefined}>
      <legend>{t('requests.form.kindLegend')}</legend>
      {error ? (
        <p id="request-kind-error" className="field__error">
          {error}
        </p>
      ) : null}
      {requestKinds.map((kind) => (
        <div key={kind} className="request-kind">
          <input
            type="radio"
            id={`request-kind-${kind}`}
            name="request-kind"
            value={kind}
            checked={value === kind}
            aria-describedby={`request-kind-${kind}-help`}
            onChange={() => onChange(kind)}
          />
          <label htmlFor={`request-kind-${kind}`}>{t(`requests.kind.${kind}`)}</label>
          <p id={`request-kind-${kind}-help`} className="field__hint request-kind__help">
            {t(`requests.kind.${kind}.help`)}
          </p>
        </div>
      ))}
      {value === 'objection' ? (
        // Stopping marketing needs no request: the preferences page does it at once.
        <div className="alert alert--info request-kinds__marketing">
          <p>{t('requests.marketing.text')}</p>
          <Link to="/preferences">{t('requests.marketing.link')}</Link>
        </div>
      ) : null}
    </fieldset>
  );
}
