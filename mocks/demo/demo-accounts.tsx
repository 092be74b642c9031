import { useDemoText, type DemoMessage } from './demo-messages';

export const demoPassword = 'privacy-demo';

const accountsByTenant: Record<string, { email: string; description: DemoMessage }[]> = {
  aptolux: [
    { email: 'anna@example.com', description: 'anna' },
    { email: 'bulk@example.com', description: 'bulk' },
  ],
  fotolukss: [
    { email: 'janis@example.lv', description: 'janis' },
    { email: 'liga@example.lv', description: 'liga' },
  ],
};

function fill(email: string): void {
  // Type into the real form fields, the way a password manager would.
  const setValue = (label: string, value: string) => {
    const input = document.querySelector<HTMLInputElement>(`input[name="${label}"]`);
    if (!input) return;
    Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value')?.set?.call(input, value);
    input.dispatchEvent(new Event('input', { bubbles: true }));
  };
  setValue('email', email);
  setValue('password', demoPassword);
  document.querySelector<HTMLInputElement>('input[name="password"]')?.focus();
}

/** Shown under the sign-in form in demo builds only. */
export function DemoAccounts() {
  const text = useDemoText();
  const accounts = accountsByTenant[__DEMO_TENANT__] ?? [];
  return (
    <aside className="card demo-accounts" aria-labelledby="demo-accounts-title">
      <h2 id="demo-accounts-title" className="card__title">
        {text('accountsTitle')}
      </h2>
      <p>
        {text('accountsIntro')} <code>{demoPassword}</code>
      </p>
      <ul>
        {accounts.map((account) => (
          <li key={account.email}>
            <code>{account.email}</code> — {text(account.description)}{' '}
            <button type="button" className="button button--link" onClick={() => fill(account.email)}>
              {text('fill')}
            </button>
          </li>
        ))}
      </ul>
    </aside>
  );
}
