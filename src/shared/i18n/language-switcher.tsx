import { useT, useLanguage } from './use-t';
import { i18nStore } from './i18n-store';
import { isLanguage, languageNames, type Language } from './languages';

interface LanguageSwitcherProps {
  languages: readonly string[];
  /** Signed-in pages also remember the choice on the profile. */
  onChosen?: (language: Language) => void;
}

/** One button per language, each named in its own language (and marked so, for screen readers). */
export function LanguageSwitcher({ languages, onChosen }: LanguageSwitcherProps) {
  const t = useT();
  const current = useLanguage();
  const offered = languages.filter(isLanguage);
  if (offered.length < 2) return null;
  return (
    <div role="group" aria-label={t('language.switcherLabel')} className="language-switcher">
      {offered.map((language) => (
        <button
          key={language}
          type="button"
          lang={language}
          className="language-switcher__option"
          aria-pressed={language === current}
          onClick={() => {
            if (language === current) return;
            void i18nStore.choose(language);
            onChosen?.(language);
          }}
        >
          {languageNames[language]}
        </button>
      ))}
    </div>
  );
}
