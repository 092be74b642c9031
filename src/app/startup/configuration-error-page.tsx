import { useEffect, useRef } from 'react';
import { useT } from '../../shared/i18n/use-t';
import { Button } from '../../shared/ui/button';
import type { ConfigurationProblem } from './check-configuration';

/**
 * What the portal shows when its configuration is broken: an apology and the company's contact
 * (when known) for the customer, in the page language; below it, what is wrong and where to fix
 * it for the operator. Rendered without the router or the API, which are what failed.
 */
export function ConfigurationErrorPage({ problem }: { problem: ConfigurationProblem }) {
  const t = useT();
  const heading = useRef<HTMLHeadingElement>(null);
  const title = t('startup.title');
  useEffect(() => {
    document.title = title;
    heading.current?.focus();
  }, [title]);
  const contact = problem.kind === 'not-contract' ? problem.contact : null;
  const forOperator =
    problem.kind === 'address'
      ? t('startup.operator.address', { address: problem.address })
      : problem.kind === 'unreachable'
        ? t('startup.operator.unreachable', { address: problem.address })
        : t('startup.operator.notContract', { address: problem.address, answer: problem.answer });
  return (
    <main className="startup-error" role="alert">
      <h1 ref={heading} tabIndex={-1}>
        {title}
      </h1>
      <p>{t('startup.apology')}</p>
      <p>
        {contact ? (
          <>
            {t('startup.contact', { name: contact.name })} <a href={`mailto:${contact.email}`}>{contact.email}</a>
          </>
        ) : (
          t('startup.contactUnknown')
        )}
      </p>
      <Button onClick={() => window.location.reload()}>{t('startup.retry')}</Button>
      <details className="startup-error__operator">
        <summary>{t('startup.operatorTitle')}</summary>
        <p>{forOperator}</p>
      </details>
    </main>
  );
}
