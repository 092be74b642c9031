import { useT } from '../../../shared/i18n/use-t';
import { MESSAGE_MAX } from '../validation';

interface MessageFieldProps {
  value: string;
  required: boolean;
  error: string | undefined;
  onChange: (value: string) => void;
}

/** The person's own words; required for a correction or a question. No maxLength: typing past the
 * limit is kept and explained rather than silently cut off. */
export function MessageField({ value, required, error, onChange }: MessageFieldProps) {
  const t = useT();
  const describedBy = [error ? 'request-message-error' : null, 'request-message-hint'].filter(Boolean).join(' ');
  return (
    <div className={error ? 'field field--invalid' : 'field'}>
      <label htmlFor="request-message" className="field__label">
        {t('requests.form.message')}
      </label>
      <p id="request-message-hint" className="field__hint">
        {t(required ? 'requests.form.messageRequired' : 'requests.form.messageOptional', { max: MESSAGE_MAX })}
      </p>
      {error ? (
        <p id="request-message-error" className="field__error">
          {error}
        </p>
      ) : null}
      <textarea
        id="request-message"
        className="field__input request-form__message"
        rows={6}
        value={value}
        aria-required={required || undefined}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy}
        onChange={(event) => onChange(event.target.value)}
      />
    </div>
  );
}
