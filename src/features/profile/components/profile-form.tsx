import { useRef, useState, type FormEvent } from 'react';
import { useSuspenseQuery } from '@tanstack/react-query';
import { isApiError } from '../../../api/api-error';
import type { Profile } from '../../../api/types';
import type { MessageId } from '../../../locales/en';
import { i18nStore } from '../../../shared/i18n/i18n-store';
import { isLanguage, languageNames } from '../../../shared/i18n/languages';
import { isDeletionPending } from '../../../shared/session/deletion-pending';
import { useAccountReadOnly } from '../../../shared/session/use-account-read-only';
import { useT } from '../../../shared/i18n/use-t';
import { organizationQueries } from '../../../shared/tenant/api';
import { failureReason, minutesToWait } from '../../../shared/lib/failure-reason';
import { Alert } from '../../../shared/ui/alert';
import { Button } from '../../../shared/ui/button';
import { TextField } from '../../../shared/ui/text-field';
import { useSaveProfile, type SaveOutcome } from '../api';
import { fieldId, messageText } from '../field-paths';
import { loadPhoneParser } from '../phone';
import { buildPatch, maxAddresses, mayResaveWithoutAsking, serverFieldMessage, serverHoldsPatch, validateProfileForm, type FormErrors, type ProfileField } from '../validation';
import { AddressFields } from './address-fields';
import { ConflictDialog } from './conflict-dialog';
import { ProfileErrorSummary } from './error-summary';
import { SelectField } from './select-field';
import { RecipientsToTell } from './recipients-to-tell';
import { UnsavedChangesGuard } from './unsaved-changes-guard';
import { useProfileEditor } from './use-profile-editor';

const statusMessages = {
  saved: 'profile.saved',
  savedWithOthers: 'profile.savedWithOthers',
  nothing: 'profile.nothingToSave',
  usedTheirs: 'profile.usedTheirs',
} as const satisfies Record<string, MessageId>;
type Status = keyof typeof statusMessages | null;

export function ProfileForm() {
  const t = useT();
  const { data: organization } = useSuspenseQuery(organizationQueries.detail());
  const editor = useProfileEditor();
  const { form, base, errors, changed, dirty } = editor;
  const save = useSaveProfile();
  const [summary, setSummary] = useState<FormErrors | null>(null);
  const [status, setStatus] = useState<Status>(null);
  // The fields the last save changed: their recipients are told of the correction (Art. 19).
  const [toldAbout, setToldAbout] = useState<ProfileField[]>([]);
  const [conflict, setConflict] = useState<{ server: { data: Profile; etag: string | null }; fields: ProfileField[] } | null>(null);
  const [failed, setFailed] = useState<unknown>(null);
  const readOnly = useAccountReadOnly();
  const summaryRef = useRef<HTMLDivElement>(null);

  const showSummary = (found: FormErrors) => {
    editor.setErrors(found);
    setSummary(found);
    // After React has rendered it: the summary is announced and takes focus.
    requestAnimationFrame(() => summaryRef.current?.focus());
  };

  const send = async (etag: string | null, fields: ProfileField[], merged = false) => {
    const parse = await loadPhoneParser();
    setFailed(null);
    const patch = buildPatch(form, fields, parse);
    save.mutate(
      { etag, patch },
      {
        onSuccess: (answer) => {
          // After a lost answer the retry meets 412 on the person's own saved change: saved.
          const result: SaveOutcome =
            answer.outcome === 'conflict' && serverHoldsPatch(answer.server.data, patch) ? { outcome: 'saved', profile: answer.server } : answer;
          if (result.outcome === 'conflict') {
            const { data: server, etag: serverTag } = result.server;
            if (mayResaveWithoutAsking({ base: base.data, server, edited: fields, sentTag: etag, serverTag, alreadyResent: merged })) {
              return void send(serverTag, fields, true);
            }
            setConflict({ server: result.server, fields });
            return;
          }
          setConflict(null);
          editor.reset(result.profile);
          setToldAbout(fields);
          setStatus(merged ? 'savedWithOthers' : 'saved');
          const language = result.profile.data.language;
          if (fields.includes('language') && isLanguage(language)) void i18nStore.choose(language);
        },
        onError: (error) => {
          setConflict(null);
          if (isApiError(error) && error.code === 'validation_failed' && Object.keys(error.fieldErrors).length > 0) {
            const found: FormErrors = {};
            for (const [path, problem] of Object.entries(error.fieldErrors)) found[path] = serverFieldMessage(problem);
            showSummary(found);
          } else setFailed(error);
        },
      },
    );
  };

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setStatus(null);
    const parse = await loadPhoneParser();
    const found = validateProfileForm(form, parse);
    if (Object.keys(found).length > 0) return showSummary(found);
    editor.setErrors({});
    setSummary(null);
    if (!dirty) return setStatus('nothing');
    await send(base.etag, changed);
  };

  const error = (path: string) => (errors[path] ? messageText(t, errors[path]) : undefined);

  return (
    <form
      className="card profile-form"
      onSubmit={(event) => void submit(event)}
      // The phone checker (its own chunk) starts loading once the person starts editing.
      onFocus={() => void loadPhoneParser()}
      noValidate
      aria-labelledby="profile-form-title"
    >
      <h2 id="profile-form-title" className="card__title">
        {t('profile.formTitle')}
      </h2>
      {summary ? <ProfileErrorSummary ref={summaryRef} errors={summary} /> : null}
      {failed ? (
        <Alert tone="error">
          {isDeletionPending(failed) ? t('readOnly.refused') : t('profile.saveFailed', { reason: failureReason(failed), minutes: minutesToWait(failed) })}
        </Alert>
      ) : null}
      {/* While a deletion is scheduled every field and button is switched off (the page says why). */}
      <fieldset className="fieldset-plain" disabled={readOnly}>
        <div className="profile-form__names">
          <TextField id={fieldId('firstName')} label={t('profile.firstName')} dir="auto" autoComplete="given-name" value={form.firstName} onChange={(event) => editor.setText('firstName', event.target.value)} error={error('firstName')} required />
          <TextField id={fieldId('lastName')} label={t('profile.lastName')} dir="auto" autoComplete="family-name" value={form.lastName} onChange={(event) => editor.setText('lastName', event.target.value)} error={error('lastName')} required />
        </div>
        <TextField id={fieldId('phone')} label={t('profile.phone')} hint={t('profile.phoneHint')} type="tel" autoComplete="tel" value={form.phone} onChange={(event) => editor.setText('phone', event.target.value)} error={error('phone')} />
        <SelectField
          id={fieldId('language')}
          label={t('profile.language')}
          value={form.language}
          onChange={(event) => editor.setForm((previous) => ({ ...previous, language: isLanguage(event.target.value) ? event.target.value : '' }))}
          error={error('language')}
        >
          <option value="">{t('profile.languageNone')}</option>
          {organization.languages.filter(isLanguage).map((language) => (
            <option key={language} value={language} lang={language}>
              {languageNames[language]}
            </option>
          ))}
        </SelectField>

        <section className="profile-form__addresses" aria-labelledby={fieldId('addresses')}>
          <h3 id={fieldId('addresses')} className="profile-form__subtitle" tabIndex={-1}>
            {t('profile.addresses.title')}
          </h3>
          {error('addresses') ? <p className="field__error">{error('addresses')}</p> : null}
          {form.addresses.length === 0 ? <p>{t('profile.addresses.empty')}</p> : null}
          {form.addresses.map((address, index) => (
            <AddressFields
              key={address.key}
              index={index}
              address={address}
              errors={errors}
              onChange={(key, value) => editor.setAddressField(index, key, value)}
              onMakeDefault={() => editor.makeDefault(index)}
              onRemove={() => {
                editor.removeAddress(index);
                document.getElementById(fieldId('addresses'))?.focus();
              }}
            />
          ))}
          {form.addresses.length < maxAddresses ? (
            <Button
              variant="secondary"
              onClick={() => {
                editor.addAddress(organization.defaultLanguage === 'lv' ? 'LV' : '');
                // Focus the new address's first field once it is there.
                requestAnimationFrame(() => document.getElementById(fieldId(`addresses.${form.addresses.length}.label`))?.focus());
              }}
            >
              {t('profile.address.add')}
            </Button>
          ) : (
            <p className="field__hint">{t('profile.addresses.max', { limit: maxAddresses })}</p>
          )}
        </section>

        <div className="button-row profile-form__actions">
          <Button type="submit" busy={save.isPending}>
            {save.isPending ? t('profile.saving') : t('profile.save')}
          </Button>
          {dirty ? (
            <Button variant="secondary" onClick={() => editor.reset(base)}>
              {t('profile.discard')}
            </Button>
          ) : null}
        </div>
      </fieldset>
      <div role="status" className="profile-form__status">
        {status ? <p>{t(statusMessages[status])}</p> : null}
        {status === 'saved' || status === 'savedWithOthers' ? <RecipientsToTell fields={toldAbout} /> : null}
      </div>

      <ConflictDialog
        open={conflict !== null}
        server={conflict?.server.data ?? null}
        form={form}
        fields={conflict?.fields ?? []}
        busy={save.isPending}
        onKeepMine={() => void send(conflict?.server.etag ?? null, changed)}
        onUseTheirs={() => {
          if (conflict) editor.reset(conflict.server);
          setConflict(null);
          setSummary(null);
          setStatus('usedTheirs');
        }}
      />
      <UnsavedChangesGuard dirty={dirty && !save.isPending} />
    </form>
  );
}
