import { useLayoutEffect, useRef } from 'react';
import { useLocation, useNavigation } from 'react-router';

/**
 * After a client-side navigation, focus moves to the new page's <h1> so keyboard and screen
 * reader users start at the top of the new content (the first load keeps the browser default).
 * A layout effect: focus moves in the same commit that shows the page, never a frame later.
 */
export function useFocusOnNavigation(): void {
  const { pathname } = useLocation();
  const navigation = useNavigation();
  const first = useRef(true);
  useLayoutEffect(() => {
    if (navigation.state !== 'idle') return;
    if (first.current) {
      first.current = false;
      return;
    }
    const heading = document.querySelector<HTMLElement>('[data-page-heading]');
    // Not when a dialog holds focus: the dialog is where the person is working.
    if (heading && !document.querySelector('dialog[open]')) heading.focus();
  }, [pathname, navigation.state]);
}
