import { useEffect, useState } from 'react';
import type { MailMessage } from '../model';
import { useDemoText } from './demo-messages';

/**
 * What the demo backend "e-mailed" (e.g. e-mail change codes). Production builds have no such
 * thing: a real backend sends real mail. Polls while the panel is open.
 */
export function DemoMailbox() {
  const text = useDemoText();
  const [messages, setMessages] = useState<MailMessage[]>([]);

  useEffect(() => {
    let active = true;
    const load = async () => {
      const response = await fetch('/api/__mock/mailbox').catch(() => null);
      const body = response?.ok ? ((await response.json()) as { messages: MailMessage[] }) : null;
      if (active && body) setMessages(body.messages.slice(0, 5));
    };
    void load();
    const timer = window.setInterval(load, 3000);
    return () => {
      active = false;
      window.clearInterval(timer);
    };
  }, []);

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
