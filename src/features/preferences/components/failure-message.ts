import type { Translate } from '../../../shared/i18n/use-t';
import { isDeletionPending } from '../../../shared/session/deletion-pending';
import { failureValues } from '../../../shared/lib/failure-reason';

// What a failed save says. Refused because the account awaits deletion: that, as such (it is
// not "a problem on our side", and trying again will not help); otherwise why it failed and
// that the choice was set back.

/** One switch, by name. */
export function saveFailure(t: Translate, error: unknown, name: string): string {
  return isDeletionPending(error) ? t('readOnly.refused') : t('preferences.error.save', { ...failureValues(error), name });
}

/** Several choices at once (stop all, undo, Global Privacy Control, withdrawing the objection). */
export function saveAllFailure(t: Translate, error: unknown): string {
  return isDeletionPending(error) ? t('readOnly.refused') : t('preferences.error.saveAll', failureValues(error));
}
