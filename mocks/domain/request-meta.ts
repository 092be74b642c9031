// Who is asking, as a backend would log it: IP address and a readable device/browser.

export interface RequestMeta {
  ipAddress: string;
  device: string;
  browser: string;
}

// The device is named by its system or brand, which reads the same on an English and a Latvian
// page; a word such as "phone" or "computer" would be English text the portal cannot translate.
function deviceOf(agent: string): string {
  if (/iPhone/.test(agent)) return 'iPhone';
  if (/iPad/.test(agent)) return 'iPad';
  if (/Android/.test(agent)) return 'Android';
  if (/Windows/.test(agent)) return 'Windows';
  if (/Macintosh|Mac OS X/.test(agent)) return 'Mac';
  if (/Linux|X11/.test(agent)) return 'Linux';
  return 'Unknown device';
}

function browserOf(agent: string): string {
  const match =
    /(Edg)\/(\d+)/.exec(agent) ??
    /(Firefox)\/(\d+)/.exec(agent) ??
    /(Chrome)\/(\d+)/.exec(agent) ??
    /Version\/(\d+)[^ ]* (?:Mobile\/\S+ )?(Safari)\//.exec(agent);
  if (!match) return 'Unknown browser';
  if (match[2] === 'Safari') return `Safari ${match[1]}`;
  const name = match[1] === 'Edg' ? 'Edge' : match[1];
  return `${name} ${match[2]}`;
}

export function requestMeta(request: Request): RequestMeta {
  const agent = request.headers.get('user-agent') ?? '';
  // The client's address as the edge states it: mocks/http.ts sets X-Forwarded-For to the
  // socket's address (or, with PORTAL_TRUST_PROXY=1, to the first address a proxy passed on), so a
  // client cannot choose its own. In-process (vitest, the demo's service worker) there is no edge:
  // a test may state one; otherwise a documentation-range address.
  const forwarded = request.headers.get('x-forwarded-for')?.split(',')[0]?.trim();
  return { ipAddress: forwarded || '192.0.2.1', device: deviceOf(agent), browser: browserOf(agent) };
}

export function deviceLabel(meta: { device: string; browser: string }): string {
  return `${meta.device} · ${meta.browser}`;
}
