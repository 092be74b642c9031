import { useId, useRef, useState, type KeyboardEvent } from 'react';
import { NavLink, useLocation } from 'react-router';
import { useT } from '../../shared/i18n/use-t';
import { sections } from '../../shared/sections';

/**
 * The sections of the portal. On a wide screen they stand in one row; on a phone (below 40 em)
 * eight links would wrap into several rows and push every page's heading off the first screen,
 * so they fold behind a "Menu" button that says where the customer is. The list closes when a
 * section is chosen and on Escape, which gives focus back to the button.
 */
export function SectionNav() {
  const t = useT();
  const { pathname } = useLocation();
  // Open on the page where it was opened: choosing a section (or going back) closes it, and the
  // new page's heading takes focus.
  const [openOn, setOpenOn] = useState<string | null>(null);
  const open = openOn === pathname;
  const toggle = useRef<HTMLButtonElement>(null);
  const listId = useId();
  const current = sections.find((section) => pathname === section.path || pathname.startsWith(`${section.path}/`));
  const currentTitle = current ? t(current.title) : t('overview.navLabel');

  function closeOnEscape(event: KeyboardEvent) {
    if (event.key !== 'Escape' || !open) return;
    setOpenOn(null);
    toggle.current?.focus();
  }

  return (
    <nav className="shell__nav" aria-label={t('layout.navigationLabel')} data-open={open} onKeyDown={closeOnEscape}>
      <button
        ref={toggle}
        type="button"
        className="shell__nav-toggle"
        aria-expanded={open}
        aria-controls={listId}
        onClick={() => setOpenOn(open ? null : pathname)}
      >
        <span className="shell__nav-toggle-label">{t('layout.menu')}</span>
        {/* Shown for orientation; screen readers hear the current page marked in the list, and the
            button's name stays "Menu" so it never sounds like a section's own button. */}
        <span className="shell__nav-toggle-current" aria-hidden="true">
          {currentTitle}
        </span>
      </button>
      {/* Choosing the page one is already on closes the menu too. */}
      <ul id={listId} onClick={() => setOpenOn(null)}>
        <li>
          <NavLink to="/" end>
            {t('overview.navLabel')}
          </NavLink>
        </li>
        {sections.map((section) => (
          <li key={section.path}>
            <NavLink to={section.path}>{t(section.title)}</NavLink>
          </li>
        ))}
      </ul>
    </nav>
  );
}
