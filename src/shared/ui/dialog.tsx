import { useLayoutEffect, useId, useRef, type ReactNode } from 'react';

interface DialogProps {
  open: boolean;
  title: string;
  /** Called on Escape. Omit for dialogs the person must answer (e.g. re-sign-in). */
  onDismiss?: () => void;
  children: ReactNode;
}

/**
 * A modal on the native <dialog>: the browser makes the rest of the page inert, traps focus and
 * returns it to where it was when the dialog closes. Mark the field to start in with
 * `data-autofocus` (React's autoFocus fires before the dialog is open, so it cannot work here).
 */
export function Dialog({ open, title, onDismiss, children }: DialogProps) {
  const ref = useRef<HTMLDialogElement>(null);
  const titleId = useId();

  useLayoutEffect(() => {
    const dialog = ref.current;
    if (!dialog) return;
    if (open && !dialog.open) {
      dialog.showModal();
      // showModal() focuses the first focusable element; a dialog may name a better start.
      dialog.querySelector<HTMLElement>('[data-autofocus]')?.focus();
    }
    if (!open && dialog.open) dialog.close();
  }, [open]);

  return (
    <dialog
      ref={ref}
      className="dialog"
      aria-labelledby={titleId}
      onCancel={(event) => {
        event.preventDefault();
        onDismiss?.();
      }}
    >
      {open ? (
        <>
          <h2 id={titleId} className="dialog__title">
            {title}
          </h2>
          {children}
        </>
      ) : null}
    </dialog>
  );
}
