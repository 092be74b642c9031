import { setSessionRecovery } from '../../api/session-recovery';

// Bridges the API layer's "the session has ended" to the re-sign-in dialog: the interrupted
// request waits on `request()`, the dialog resolves it (true: signed in again, send it again;
// false: the person chose to sign out instead).

type Listener = () => void;

let resolveCurrent: ((recovered: boolean) => void) | null = null;
let email = '';
const listeners = new Set<Listener>();

function emit(): void {
  for (const listener of listeners) listener();
}

export const reauthStore = {
  subscribe(listener: Listener): () => void {
    listeners.add(listener);
    return () => listeners.delete(listener);
  },
  isOpen(): boolean {
    return resolveCurrent !== null;
  },
  /** Who was signed in: the dialog signs the same person in again. */
  email(): string {
    return email;
  },
  request(signedInEmail: string): Promise<boolean> {
    return new Promise((resolve) => {
      email = signedInEmail;
      resolveCurrent = resolve;
      emit();
    });
  },
  settle(recovered: boolean): void {
    resolveCurrent?.(recovered);
    resolveCurrent = null;
    emit();
  },
};

/** Installed once by the app; tests install it through the same route table. */
export function installSessionRecovery(signedInEmail: () => string | null): void {
  setSessionRecovery(() => {
    const current = signedInEmail();
    // Only someone who was signed in can be offered "sign in again to continue".
    return current ? reauthStore.request(current) : Promise.resolve(false);
  });
}
