// Handler paths match any origin, so the same handlers serve the dev server (same origin), tests
// (http://localhost) and a separately hosted API.

export function apiPath(path: string): string {
  return `*/api/v1${path}`;
}

export function controlPath(path: string): string {
  return `*/api/__mock${path}`;
}

/** The part of the URL after /api/v1 (e.g. "/me/profile"), for fault matching. */
export function apiSubPath(url: string): string | null {
  const { pathname } = new URL(url);
  const index = pathname.indexOf('/api/v1/');
  return index === -1 ? null : pathname.slice(index + '/api/v1'.length);
}
