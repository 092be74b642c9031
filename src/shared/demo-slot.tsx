import { createContext, useContext, type ComponentType } from 'react';

// Demo builds (npm start, build:demo) fill these from mocks/demo; production leaves them empty,
// so no demo credentials or controls can reach dist/.
export interface DemoExtras {
  SignInNotice?: ComponentType;
  Panel?: ComponentType;
  /** Beside the code field of an e-mail change: the code the demo backend "sent" to `email`. */
  EmailCodeNotice?: ComponentType<{ email: string }>;
}

export const DemoContext = createContext<DemoExtras>({});

export function useDemoExtras(): DemoExtras {
  return useContext(DemoContext);
}
