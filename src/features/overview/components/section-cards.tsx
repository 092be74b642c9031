import { Link } from 'react-router';
import { useT } from '../../../shared/i18n/use-t';
import { sections } from '../../../shared/sections';

export function SectionCards() {
  const t = useT();
  if (sections.length === 0) return null;
  return (
    <ul className="card-grid">
      {sections.map((section) => (
        <li key={section.path} className="card">
          <h2 className="card__title">
            <Link to={section.path}>{t(section.title)}</Link>
          </h2>
          <p>{t(section.description)}</p>
        </li>
      ))}
    </ul>
  );
}
