// A page with unsaved changes registers here, so that actions which leave it without a plain
// navigation first (signing out ends the session before navigating) can ask the same question.
type Ask = () => Promise<boolean>;

let ask: Ask | null = null;

export const leaveGuard = {
  /** Registers the page's question; returns the function that removes it. */
  set(next: Ask): () => void {
    ask = next;
    return () => {
      if (ask === next) ask = null;
    };
  },
  /** Resolves true when leaving may go ahead (nothing unsaved, or the person chose to leave). */
  confirm(): Promise<boolean> {
    return ask ? ask() : Promise.resolve(true);
  },
};
