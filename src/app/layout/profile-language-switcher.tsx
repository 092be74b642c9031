import { useT } from '../../shared/i18n/use-t';
import { LanguageSwitcher } from '../../shared/i18n/language-switcher';
import { useSavePreferredLanguage } from '../../shared/profile/api';
import { useAccountReadOnly } from '../../shared/session/use-account-read-only';
import { Alert } from '../../shared/ui/alert';

/**
 * The switcher on signed-in pages: the page changes at once, and the choice is saved for next
 * time — except while a deletion is scheduled: the account is read-only then, and reading the
 * portal in another language changes nothing in it.
 */
export function ProfileLanguageSwitcher({ languages }: { languages: readonly string[] }) {
  const t = useT();
  const save = useSavePreferredLanguage();
  const readOnly = useAccountReadOnly();
  return (
    <>
      <LanguageSwitcher languages={languages} onChosen={readOnly ? undefined : (language) => save.mutate(language)} />
      {save.isError ? (
        <div className="shell__notice">
          <Alert tone="warning">{t('language.notSaved')}</Alert>
        </div>
      ) : null}
    </>
  );
}
