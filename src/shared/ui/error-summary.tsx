import { useId, type Ref } from 'react';

export interface SummaryEntry {
  /** Id of the field the entry leads to (also the link's #fragment). */
  fieldId: string;
  text: string;
  /** Where focus goes; by default the element with `fieldId` (a group may pick one of its inputs). */
  focus?: () => void;
}

/**
 * The problems of a form after a submit (GOV.UK's error summary): announced, takes focus from
 * the caller (via `ref`), and each entry moves focus to its field.
 */
export function ErrorSummary({ title, entries, ref }: { title: string; entries: readonly SummaryEntry[]; ref?: Ref<HTMLDivElement> }) {
  const titleId = useId();
  if (entries.length === 0) return null;
  return (
    <div ref={ref} className="alert alert--error error-summary" role="alert" tabIndex={-1} aria-labelledby={titleId}>
      <h2 id={titleId} className="alert__title">
        {title}
      </h2>
      <ul className="error-summary__list">
        {entries.map((entry) => (
          <li key={entry.fieldId}>
            <a
              href={`#${entry.fieldId}`}
              onClick={(event) => {
                event.preventDefault();
                if (entry.focus) entry.focus();
                else document.getElementById(entry.fieldId)?.focus();
              }}
            >
              {entry.text}
            </a>
          </li>
        ))}
      </ul>
    </div>
  );
}
