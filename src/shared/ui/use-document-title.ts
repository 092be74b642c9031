import { useLayoutEffect } from 'react';

/**
 * Every page has its own <title>, announced by screen readers on navigation.
 * A layout effect, so the title changes in the same commit as the page it names:
 * with a passive effect the new heading could be on screen while the tab still
 * showed the previous page's title (and a test reading both could see that).
 */
export function useDocumentTitle(...parts: string[]): void {
  const title = parts.filter(Boolean).join(' – ');
  useLayoutEffect(() => {
    document.title = title;
  }, [title]);
}
