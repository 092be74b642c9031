import type { ReactNode, SelectHTMLAttributes } from 'react';

interface SelectFieldProps extends SelectHTMLAttributes<HTMLSelectElement> {
  id: string;
  label: string;
  error?: string;
  children: ReactNode;
}

/** A <select> dressed like TextField (same label, error and invalid state). */
export function SelectField({ id, label, error, children, ...select }: SelectFieldProps) {
  const errorId = error ? `${id}-error` : undefined;
  return (
    <div className={['field', error ? 'field--invalid' : null].filter(Boolean).join(' ')}>
      <label htmlFor={id} className="field__label">
        {label}
      </label>
      {error ? (
        <p id={errorId} className="field__error">
          {error}
        </p>
      ) : null}
      <select {...select} id={id} className="field__input" aria-invalid={error ? true : undefined} aria-describedby={errorId}>
        {children}
      </select>
    </div>
  );
}
