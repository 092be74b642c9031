import type { ButtonHTMLAttributes } from 'react';

type Variant = 'primary' | 'secondary' | 'danger' | 'link';

interface ButtonProps extends ButtonHTMLAttributes<HTMLButtonElement> {
  variant?: Variant;
  /** Shows the action is under way; the button stays focusable so screen readers keep context. */
  busy?: boolean;
  /**
   * Pressed while `aria-disabled` is true (and not busy). Such a button does nothing else: it
   * neither submits its form nor calls `onClick`; this lets it say what is still missing.
   */
  onDisabledPress?: () => void;
}

/**
 * `aria-disabled` instead of `disabled` for "not possible yet": a `disabled` button drops out
 * of the tab order and its description (what is missing) can no longer be found by keyboard or
 * screen-reader users. Here it stays focusable, looks disabled and is announced as such.
 */
export function Button({ variant = 'primary', busy = false, type = 'button', className, onClick, onDisabledPress, ...rest }: ButtonProps) {
  const disabled = rest['aria-disabled'] === true || rest['aria-disabled'] === 'true';
  return (
    <button
      {...rest}
      type={type}
      aria-disabled={busy || disabled || undefined}
      data-busy={busy || undefined}
      className={['button', `button--${variant}`, className].filter(Boolean).join(' ')}
      // A busy button ignores clicks instead of being disabled, so focus is not lost mid-action
      // and a double click cannot send twice. preventDefault also stops a submit button (and
      // Enter in one of its form's fields) from submitting.
      onClick={(event) => {
        if (busy || disabled) {
          event.preventDefault();
          if (!busy) onDisabledPress?.();
          return;
        }
        onClick?.(event);
      }}
    />
  );
}
