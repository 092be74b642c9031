import type { ReactNode } from 'react';

interface AlertProps {
  tone: 'error' | 'info' | 'success' | 'warning';
  title?: string;
  children?: ReactNode;
}

/** Errors interrupt (role=alert); the rest are polite status messages. */
export function Alert({ tone, title, children }: AlertProps) {
  return (
    <div className={`alert alert--${tone}`} role={tone === 'error' ? 'alert' : 'status'}>
      {title ? <p className="alert__title">{title}</p> : null}
      {children ? <div className="alert__body">{children}</div> : null}
    </div>
  );
}
