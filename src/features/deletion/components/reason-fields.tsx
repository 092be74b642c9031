import { useId } from 'react';
import type { DeletionRequest } from '../../../api/types';
import { useT } from '../../../shared/i18n/use-t';
import type { MessageId } from '../../../locales/en';

export type ReasonChoice = NonNullable<DeletionRequest['reason']>['choice'];

const choices: { value: ReasonChoice; label: MessageId }[] = [
  { value: null, label: 'deletion.reason.none' },
  { value: 'not_using', label: 'deletion.reason.notUsing' },
  { value: 'privacy_concerns', label: 'deletion.reason.privacy' },
  { value: 'too_many_emails', label: 'deletion.reason.tooManyEmails' },
  { value: 'other', label: 'deletion.reason.other' },
];

interface ReasonFieldsProps {
  choice: ReasonChoice;
  text: string;
  error?: string;
  onChoice: (choice: ReasonChoice) => void;
  onText: (text: string) => void;
}

/** Optional feedback: a choice and free text. Plain text only; it is never rendered as HTML. */
export function ReasonFields({ choice, text, error, onChoice, onText }: ReasonFieldsProps) {
  const t = useT();
  const id = useId();
  return (
    <fieldset className="deletion-reason">
      <legend>{t('deletion.reason.legend')}</legend>
      {choices.map((option) => (
        <label key={option.value ?? 'none'} className="deletion-reason__option">
          <input
            type="radio"
            name={`${id}-choice`}
            checked={choice === option.value}
            onChange={() => onChoice(option.value)}
          />
          {t(option.label)}
        </label>
      ))}
      <div className={['field', error ? 'field--invalid' : null].filter(Boolean).join(' ')}>
        <label htmlFor={`${id}-text`} className="field__label">
          {t('deletion.reason.text')}
        </label>
        {error ? (
          <p id={`${id}-error`} className="field__error">
            {error}
          </p>
        ) : null}
        <textarea
          id={`${id}-text`}
          className="field__input deletion-reason__text"
          rows={3}
          value={text}
          aria-invalid={error ? true : undefined}
          aria-describedby={error ? `${id}-error` : undefined}
          onChange={(event) => onText(event.target.value)}
        />
      </div>
    </fieldset>
  );
}
