import { useEffect } from 'react';

/** Every page has its own <title>, announced by screen readers on navigation. */
export function useDocumentTitle(...parts: string[]): void {
  const title = parts.filter(Boolean).join(' – ');
  useEffect(() => {
    document.title = title;
  }, [title]);
}
