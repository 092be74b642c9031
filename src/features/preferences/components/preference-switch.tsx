import { useId } from 'react';
import { useT } from '../../../shared/i18n/use-t';

interface PreferenceSwitchProps {
  label: string;
  description: string;
  /** Who receives the data, when it leaves the company. */
  recipient?: string;
  checked: boolean;
  onToggle: (value: boolean) => void;
}

/** A labelled on/off switch (role="switch"): screen readers announce its name, state and description. */
export function PreferenceSwitch({ label, description, recipient, checked, onToggle }: PreferenceSwitchProps) {
  const t = useT();
  const id = useId();
  return (
    <li className="pref-switch">
      <div className="pref-switch__text">
        <span id={`${id}-label`} className="pref-switch__label">
          {label}
        </span>
        <p id={`${id}-description`} className="pref-switch__description">
          {description}
        </p>
        {recipient ? (
          <p id={`${id}-recipient`} className="pref-switch__recipient">
            {recipient}
          </p>
        ) : null}
      </div>
      <button
        type="button"
        role="switch"
        aria-checked={checked}
        aria-labelledby={`${id}-label`}
        aria-describedby={recipient ? `${id}-description ${id}-recipient` : `${id}-description`}
        className="switch"
        onClick={() => onToggle(!checked)}
      >
        <span className="switch__track" aria-hidden="true">
          <span className="switch__thumb" />
        </span>
        <span className="switch__state" aria-hidden="true">
          {checked ? t('preferences.on') : t('preferences.off')}
        </span>
      </button>
    </li>
  );
}
