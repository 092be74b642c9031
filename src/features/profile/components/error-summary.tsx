import type { Ref } from 'react';
import { useT } from '../../../shared/i18n/use-t';
import { fieldId, fieldLabel, messageText } from '../field-paths';
import type { FormErrors } from '../validation';

/** Shown on submit: announced, focused, and each entry moves focus to its field. */
export function ErrorSummary({ errors, ref }: { errors: FormErrors; ref?: Ref<HTMLDivElement> }) {
  const t = useT();
  const entries = Object.entries(errors);
  if (entries.length === 0) return null;
  return (
    <div ref={ref} className="alert alert--error error-summary" role="alert" tabIndex={-1} aria-labelledby="profile-error-summary-title">
      <h2 id="profile-error-summary-title" className="alert__title">
        {t('profile.errorSummary.title', { count: entries.length })}
      </h2>
      <ul className="error-summary__list">
        {entries.map(([path, message]) => (
          <li key={path}>
            <a
              href={`#${fieldId(path)}`}
              onClick={(event) => {
                event.preventDefault();
                document.getElementById(fieldId(path))?.focus();
              }}
            >
              {fieldLabel(t, path)}: {messageText(t, message)}
            </a>
          </li>
        ))}
      </ul>
    </div>
  );
}
