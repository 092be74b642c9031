import type { Ref } from 'react';
import { useT } from '../../../shared/i18n/use-t';
import { ErrorSummary } from '../../../shared/ui/error-summary';
import { fieldIds, type FieldMessages, type FieldName } from '../form-errors';

const order: readonly FieldName[] = ['type', 'subject', 'message'];

/** Moves focus into the field; for the choice of kind, onto the chosen (or first) option. */
function focusField(name: FieldName): void {
  const target = document.getElementById(fieldIds[name]);
  const option = target?.querySelector<HTMLInputElement>('input:checked') ?? target?.querySelector<HTMLInputElement>('input');
  (option ?? target)?.focus();
}

/** The request form's problems, in the order of the form. */
export function RequestErrorSummary({ problems, ref }: { problems: FieldMessages; ref?: Ref<HTMLDivElement> }) {
  const t = useT();
  const entries = order.flatMap((name) => {
    const text = problems[name];
    return text ? [{ fieldId: fieldIds[name], text, focus: () => focusField(name) }] : [];
  });
  return <ErrorSummary ref={ref} title={t('requests.error.summary')} entries={entries} />;
}
