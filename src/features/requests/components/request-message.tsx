import { useT } from '../../../shared/i18n/use-t';

// Up to 4,000 characters: a long message shows its start, and the rest on request.
const PREVIEW = 240;

/** The person's own words, always as text (never HTML). */
export function RequestMessage({ message }: { message: string }) {
  const t = useT();
  const characters = [...message];
  if (characters.length === 0) return <span className="request-item__none">{t('requests.item.noMessage')}</span>;
  if (characters.length <= PREVIEW) return <span className="request-item__message">{message}</span>;
  return (
    <details className="request-item__message">
      <summary>
        {`${characters.slice(0, PREVIEW).join('').trimEnd()}… `}
        <span className="request-item__more">{t('requests.item.wholeMessage')}</span>
      </summary>
      <p>{message}</p>
    </details>
  );
}
