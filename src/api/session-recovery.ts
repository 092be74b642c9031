// When the server says the session is gone (401 `unauthenticated`) in the middle of a page, the
// app asks the person to sign in again in place and the interrupted request is sent again.
// The API layer only knows that *someone* may recover the session; the app installs the UI
// (see src/app/session/reauth-dialog.tsx). Concurrent 401s share one recovery.

type Recover = () => Promise<boolean>;

let recoverSession: Recover | null = null;
let pending: Promise<boolean> | null = null;

export function setSessionRecovery(recover: Recover | null): void {
  recoverSession = recover;
}

export function recoverExpiredSession(): Promise<boolean> {
  if (!recoverSession) return Promise.resolve(false);
  pending ??= recoverSession().finally(() => {
    pending = null;
  });
  return pending;
}
