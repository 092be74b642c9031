import { useEffect, useState } from 'react';
import type { MailMessage } from '../model';

/**
 * What the demo backend "e-mailed" (e-mail change codes), newest first, polled every 3 s.
 * Production builds have no such thing: a real backend sends real mail.
 */
export function useDemoMailbox(): MailMessage[] {
  const [messages, setMessages] = useState<MailMessage[]>([]);
  useEffect(() => {
    let active = true;
    const load = async () => {
      const response = await fetch('/api/__mock/mailbox').catch(() => null);
      const body = response?.ok ? ((await response.json()) as { messages: MailMessage[] }) : null;
      if (active && body) setMessages(body.messages);
    };
    void load();
    const timer = window.setInterval(load, 3000);
    return () => {
      active = false;
      window.clearInterval(timer);
    };
  }, []);
  return messages;
}
