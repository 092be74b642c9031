import { useLanguage, useT } from '../../../shared/i18n/use-t';
import { Button } from '../../../shared/ui/button';
import { TextField } from '../../../shared/ui/text-field';
import { countryOptions } from '../../../shared/lib/countries';
import { fieldId, messageText } from '../field-paths';
import { addressLimits, addressTextFields, type AddressDraft, type AddressTextField, type FormErrors } from '../validation';
import { SelectField } from './select-field';

const autoComplete: Record<AddressTextField, string> = {
  label: 'off',
  recipient: 'name',
  line1: 'address-line1',
  line2: 'address-line2',
  city: 'address-level2',
  postalCode: 'postal-code',
};

const labelIds = {
  label: 'profile.address.label',
  recipient: 'profile.address.recipient',
  line1: 'profile.address.line1',
  line2: 'profile.address.line2',
  city: 'profile.address.city',
  postalCode: 'profile.address.postalCode',
} as const;

interface AddressFieldsProps {
  index: number;
  address: AddressDraft;
  errors: FormErrors;
  onChange: (key: AddressTextField | 'country', value: string) => void;
  onMakeDefault: () => void;
  onRemove: () => void;
}

export function AddressFields({ index, address, errors, onChange, onMakeDefault, onRemove }: AddressFieldsProps) {
  const t = useT();
  const language = useLanguage();
  const number = index + 1;
  const path = (key: string) => `addresses.${index}.${key}`;
  const error = (key: string) => {
    const message = errors[path(key)];
    return message ? messageText(t, message) : undefined;
  };
  return (
    <fieldset className="address-fields">
      <legend className="address-fields__legend">
        {t('profile.address.legend', { number })}
        {address.label.trim() ? (
          <>
            {' – '}
            <bdi>{address.label}</bdi>
          </>
        ) : null}
      </legend>
      <div className="address-fields__grid">
        {addressTextFields.map((key) => (
          <TextField
            key={key}
            id={fieldId(path(key))}
            className={`address-fields__${key}`}
            label={t(labelIds[key])}
            hint={key === 'label' ? t('profile.address.labelHint') : undefined}
            dir="auto"
            autoComplete={autoComplete[key]}
            value={address[key]}
            onChange={(event) => onChange(key, event.target.value)}
            error={error(key)}
            required={addressLimits[key].required}
          />
        ))}
        <SelectField
          id={fieldId(path('country'))}
          label={t('profile.address.country')}
          autoComplete="country"
          value={address.country}
          onChange={(event) => onChange('country', event.target.value)}
          error={error('country')}
          required
        >
          <option value="">{t('profile.address.countryChoose')}</option>
          {countryOptions(language).map((country) => (
            <option key={country.code} value={country.code}>
              {country.name}
            </option>
          ))}
        </SelectField>
      </div>
      <div className="address-fields__actions">
        <label className="choice">
          <input type="radio" name="profile-default-address" checked={address.isDefault} onChange={onMakeDefault} />
          {t('profile.address.default')}
        </label>
        <Button variant="secondary" onClick={onRemove}>
          {t('profile.address.remove', { number })}
        </Button>
      </div>
    </fieldset>
  );
}
