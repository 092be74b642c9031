import type { ButtonHTMLAttributes } from 'react';

type Variant = 'primary' | 'secondary' | 'danger' | 'link';

interface ButtonProps extends ButtonHTMLAttributes<HTMLButtonElement> {
  variant?: Variant;
  /** Shows the action is under way; the button stays focusable so screen readers keep context. */
  busy?: boolean;
}

export function Button({ variant = 'primary', busy = false, type = 'button', className, onClick, ...rest }: ButtonProps) {
  return (
    <button
      {...rest}
      type={type}
      aria-disabled={busy || rest['aria-disabled'] || undefined}
      data-busy={busy || undefined}
      className={['button', `button--${variant}`, className].filter(Boolean).join(' ')}
      // A busy button ignores clicks instead of being disabled, so focus is not lost mid-action
      // and a double click cannot send twice.
      onClick={(event) => {
        if (busy) {
          event.preventDefault();
          return;
        }
        onClick?.(event);
      }}
    />
  );
}
