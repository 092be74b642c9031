import type { Profile } from '../../../api/types';
import { isLanguage, languageNames } from '../../../shared/i18n/languages';
import { useLanguage, useT } from '../../../shared/i18n/use-t';
import { Button } from '../../../shared/ui/button';
import { Dialog } from '../../../shared/ui/dialog';
import { countryName } from '../../../shared/lib/countries';
import { fieldLabel } from '../field-paths';
import { formFromProfile, type ProfileField, type ProfileForm } from '../validation';

interface ConflictDialogProps {
  open: boolean;
  server: Profile | null;
  form: ProfileForm;
  fields: ProfileField[];
  busy: boolean;
  onKeepMine: () => void;
  onUseTheirs: () => void;
}

/** 412: the profile was saved elsewhere. Shows, per field the person changed, both versions. */
export function ConflictDialog({ open, server, form, fields, busy, onKeepMine, onUseTheirs }: ConflictDialogProps) {
  const t = useT();
  const language = useLanguage();
  const theirs = server ? formFromProfile(server) : null;

  const values = (version: ProfileForm, field: ProfileField): string[] => {
    if (field === 'addresses') {
      if (version.addresses.length === 0) return [t('profile.conflict.none')];
      return version.addresses.map((address) =>
        [address.label, address.recipient, address.line1, address.line2, `${address.postalCode} ${address.city}`, address.country ? countryName(language, address.country) : '']
          .map((part) => part.trim())
          .filter(Boolean)
          .join(', ') + (address.isDefault ? ` (${t('profile.address.isDefault')})` : ''),
      );
    }
    if (field === 'language') return [isLanguage(version.language) ? languageNames[version.language] : t('profile.languageNone')];
    const value = version[field].trim();
    return [value === '' ? t('profile.conflict.none') : value];
  };

  const show = (lines: string[]) => (
    <ul className="conflict__values">
      {lines.map((line, index) => (
        <li key={index} dir="auto">
          {line}
        </li>
      ))}
    </ul>
  );

  return (
    <Dialog open={open} title={t('profile.conflict.title')}>
      <p>{t('profile.conflict.explanation')}</p>
      {theirs ? (
        <dl className="conflict">
          {fields.map((field) => (
            <div key={field} className="conflict__field">
              <dt>{fieldLabel(t, field)}</dt>
              <dd>
                <p className="conflict__version">{t('profile.conflict.theirs')}</p>
                {show(values(theirs, field))}
                <p className="conflict__version">{t('profile.conflict.mine')}</p>
                {show(values(form, field))}
              </dd>
            </div>
          ))}
        </dl>
      ) : null}
      <div className="button-row">
        <Button data-autofocus busy={busy} onClick={onKeepMine}>
          {t('profile.conflict.keepMine')}
        </Button>
        <Button variant="secondary" onClick={onUseTheirs}>
          {t('profile.conflict.useTheirs')}
        </Button>
      </div>
    </Dialog>
  );
}
