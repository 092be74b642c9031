import { useT } from '../../shared/i18n/use-t';
import { LanguageSwitcher } from '../../shared/i18n/language-switcher';
import { useSavePreferredLanguage } from '../../shared/profile/api';
import { Alert } from '../../shared/ui/alert';

/** The switcher on signed-in pages: the page changes at once, and the choice is saved for next time. */
export function ProfileLanguageSwitcher({ languages }: { languages: readonly string[] }) {
  const t = useT();
  const save = useSavePreferredLanguage();
  return (
    <>
      <LanguageSwitcher languages={languages} onChosen={(language) => save.mutate(language)} />
      {save.isError ? (
        <div className="shell__notice">
          <Alert tone="warning">{t('language.notSaved')}</Alert>
        </div>
      ) : null}
    </>
  );
}
