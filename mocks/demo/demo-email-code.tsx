import { useDemoText } from './demo-messages';
import { useDemoMailbox } from './use-demo-mailbox';

/**
 * Next to the code field while an e-mail change waits: the code the demo backend "e-mailed"
 * to the new address, so a demo can be finished without a mailbox. Demo builds only.
 */
export function DemoEmailCode({ email }: { email: string }) {
  const text = useDemoText();
  const latest = useDemoMailbox().find((message) => message.to === email && message.code);
  return (
    <p className="demo-notice" role="status">
      {latest?.code ? (
        <>
          {text('codeNotice')} <span dir="auto">{email}</span>: <code>{latest.code}</code>
        </>
      ) : (
        text('codeWaiting')
      )}
    </p>
  );
}
