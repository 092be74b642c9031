import type { ReactNode } from 'react';

/**
 * The page's one <h1>. Focusable from script only, so that after a client-side navigation focus
 * lands at the start of the new page (see src/app/layout/use-focus-on-navigation.ts).
 */
export function PageHeading({ children }: { children: ReactNode }) {
  return (
    <h1 className="page-heading" tabIndex={-1} data-page-heading="">
      {children}
    </h1>
  );
}
