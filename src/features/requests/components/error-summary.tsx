import type { Ref } from 'react';
import { useT } from '../../../shared/i18n/use-t';
import { fieldIds, type FieldMessages, type FieldName } from '../form-errors';

const order: readonly FieldName[] = ['type', 'subject', 'message'];

/** Moves focus into the field; for the choice of kind, onto the chosen (or first) option. */
function focusField(name: FieldName): void {
  const target = document.getElementById(fieldIds[name]);
  const option = target?.querySelector<HTMLInputElement>('input:checked') ?? target?.querySelector<HTMLInputElement>('input');
  (option ?? target)?.focus();
}

/** Shown on a failed send: announced, focused, and each entry leads to its field. */
export function ErrorSummary({ problems, ref }: { problems: FieldMessages; ref?: Ref<HTMLDivElement> }) {
  const t = useT();
  const entries = order.filter((name) => problems[name]);
  if (entries.length === 0) return null;
  return (
    <div ref={ref} className="alert alert--error" role="alert" tabIndex={-1}>
      <p className="alert__title">{t('requests.error.summary')}</p>
      <ul className="request-form__summary">
        {entries.map((name) => (
          <li key={name}>
            <a
              href={`#${fieldIds[name]}`}
              onClick={(event) => {
                event.preventDefault();
                focusField(name);
              }}
            >
              {problems[name]}
            </a>
          </li>
        ))}
      </ul>
    </div>
  );
}
