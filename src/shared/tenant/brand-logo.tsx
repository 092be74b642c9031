import { useState } from 'react';

/**
 * The company's logo next to its name. A logo that does not load (a wrong address, a host that is
 * down, a CSP that does not allow it) disappears instead of showing a broken image: the name,
 * always shown beside it, carries the brand. Decorative (alt="") because the name is there.
 */
export function BrandLogo({ url }: { url: string | null | undefined }) {
  const [failedUrl, setFailedUrl] = useState<string | null>(null);
  if (!url || failedUrl === url) return null;
  return <img className="brand__logo" src={url} alt="" onError={() => setFailedUrl(url)} />;
}
