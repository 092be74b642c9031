import type { ReactNode } from 'react';

export function Empty({ children }: { children: ReactNode }) {
  return <p className="my-data__empty">{children}</p>;
}
