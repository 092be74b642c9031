import type { DemoExtras } from '../../src/shared/demo-slot';
import { startDemoWorker } from '../browser';
import { DemoAccounts } from './demo-accounts';
import { DemoEmailCode } from './demo-email-code';
import { DemoPanel } from './demo-panel';
import './demo.css';

/** Demo builds only (see src/main.tsx): the backend in a service worker, plus the demo UI. */
export async function startDemo(): Promise<DemoExtras> {
  const tenant = __DEMO_TENANT__ === 'fotolukss' ? 'fotolukss' : 'aptolux';
  await startDemoWorker(tenant);
  return { SignInNotice: DemoAccounts, Panel: DemoPanel, EmailCodeNotice: DemoEmailCode };
}
