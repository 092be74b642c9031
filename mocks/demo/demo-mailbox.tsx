import { useDemoText } from './demo-messages';
import { useDemoMailbox } from './use-demo-mailbox';

/** The demo panel's mailbox: the last few messages the demo backend "sent". */
export function DemoMailbox() {
  const text = useDemoText();
  const messages = useDemoMailbox().slice(0, 5);
  return (
    <section aria-label={text('mailboxTitle')}>
      <p>
        <strong>{text('mailboxTitle')}</strong>
      </p>
      {messages.length === 0 ? <p>{text('mailboxEmpty')}</p> : null}
      <ul aria-live="polite">
        {messages.map((message) => (
          <li key={message.id}>
            {message.to}: {message.subject}
            {message.code ? (
              <>
                {' — '}
                <code>{message.code}</code>
              </>
            ) : null}
          </li>
        ))}
      </ul>
    </section>
  );
}
