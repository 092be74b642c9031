import { useLayoutEffect, useRef, useState, type FormEvent } from 'react';
import type { DataCategoryId, RequestType, RightsRequest } from '../../../api/types';
import { useT } from '../../../shared/i18n/use-t';
import { Button } from '../../../shared/ui/button';
import { clientProblems, serverProblems, type FieldMessages } from '../form-errors';
import { useRequestAttempt } from '../../../shared/requests/use-request-attempt';
import { needsMessage } from '../validation';
import { RequestErrorSummary } from './error-summary';
import { KindChoice } from './kind-choice';
import { MessageField } from './message-field';
import { ScopeField } from './scope-field';
import { SendError } from './send-error';

/** Chooses the right, what it is about and the person's words, and files the request. */
export function RequestForm({ onFiled }: { onFiled: (created: RightsRequest) => void }) {
  const t = useT();
  const [type, setType] = useState<RequestType | null>(null);
  const [scope, setScope] = useState<DataCategoryId | ''>('');
  const [message, setMessage] = useState('');
  const [problems, setProblems] = useState<FieldMessages>({});
  // After a failed send, the problems are checked again as the person fixes them.
  const [checking, setChecking] = useState(false);
  const [focusSummary, setFocusSummary] = useState(0);
  const summary = useRef<HTMLDivElement>(null);
  const { send, mutation } = useRequestAttempt();
  useLayoutEffect(() => {
    if (focusSummary) summary.current?.focus();
  }, [focusSummary]);

  const recheck = (next: { type?: RequestType; message?: string }) => {
    if (!checking) return;
    const found = clientProblems(t, next.type ?? type, next.message ?? message);
    setProblems((previous) => ({ subject: previous.subject, type: found.type, message: found.message }));
  };
  const failed = (found: FieldMessages) => {
    setProblems(found);
    setFocusSummary((count) => count + 1);
  };

  const submit = (event: FormEvent) => {
    event.preventDefault();
    setChecking(true);
    const found = clientProblems(t, type, message);
    if (found.type || found.message || !type) {
      failed(found);
      return;
    }
    setProblems({});
    const subject = scope ? { categoryId: scope, itemId: null, field: null } : null;
    send({ type, message: message.trim(), subject }, onFiled, (error) => {
      const fromServer = serverProblems(t, error, type, message);
      if (fromServer) failed(fromServer);
    });
  };
  const otherError = mutation.isError && !serverProblems(t, mutation.error, type, message);

  return (
    <form className="request-form" onSubmit={submit} noValidate>
      <RequestErrorSummary ref={summary} problems={problems} />
      <KindChoice
        value={type}
        error={problems.type ?? null}
        onChange={(kind) => {
          setType(kind);
          recheck({ type: kind });
        }}
      />
      <ScopeField
        value={scope}
        error={problems.subject}
        onChange={(value) => {
          setScope(value);
          setProblems((previous) => ({ ...previous, subject: undefined }));
        }}
      />
      <MessageField
        value={message}
        required={needsMessage(type)}
        error={problems.message}
        onChange={(value) => {
          setMessage(value);
          recheck({ message: value });
        }}
      />
      {otherError ? <SendError error={mutation.error} /> : null}
      <Button type="submit" busy={mutation.isPending}>
        {t(mutation.isPending ? 'requests.form.sending' : 'requests.form.submit')}
      </Button>
    </form>
  );
}
