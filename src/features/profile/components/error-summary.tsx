import type { Ref } from 'react';
import { useT } from '../../../shared/i18n/use-t';
import { ErrorSummary } from '../../../shared/ui/error-summary';
import { fieldId, fieldLabel, messageText } from '../field-paths';
import type { FormErrors } from '../validation';

/** The profile form's problems, each as "<field>: <message>", in the order of the form. */
export function ProfileErrorSummary({ errors, ref }: { errors: FormErrors; ref?: Ref<HTMLDivElement> }) {
  const t = useT();
  const entries = Object.entries(errors).map(([path, message]) => ({
    fieldId: fieldId(path),
    text: `${fieldLabel(t, path)}: ${messageText(t, message)}`,
  }));
  return <ErrorSummary ref={ref} title={t('profile.errorSummary.title', { count: entries.length })} entries={entries} />;
}
