/**
 * Shown while the first page's data and language load. The language is not known yet, so the
 * hidden announcement says it in both.
 */
export function LoadingScreen() {
  return (
    <div className="loading-screen" role="status" aria-busy="true">
      <span className="spinner" aria-hidden="true" />
      <span className="visually-hidden">
        <span lang="en">Loading…</span> <span lang="lv">Ielādē…</span>
      </span>
    </div>
  );
}
