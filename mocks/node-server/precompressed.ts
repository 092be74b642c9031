import { existsSync } from 'node:fs';

// `npm run build` writes .br and .gz beside every text file (tooling/precompress.ts); the demo
// HTTP server sends them as a well-configured host would, so every figure the benchmarks and
// Lighthouse take sees the bytes a customer's phone really downloads.

const encodings = [
  { name: 'br', extension: 'br' },
  { name: 'gzip', extension: 'gz' },
] as const;

export type Encoding = (typeof encodings)[number];

/** Which encodings an Accept-Encoding header allows (q=0 refuses one). */
function accepted(header: string | undefined): Set<string> {
  const allowed = new Set<string>();
  for (const part of (header ?? '').split(',')) {
    const [name, ...params] = part.trim().toLowerCase().split(';');
    const q = params.map((param) => param.trim()).find((param) => param.startsWith('q='));
    if (name && !(q && Number(q.slice(2)) === 0)) allowed.add(name);
  }
  return allowed;
}

export function hasCompressedCopies(file: string): boolean {
  return encodings.some((encoding) => existsSync(`${file}.${encoding.extension}`));
}

/** The best precompressed copy of `file` the browser accepts, or null for the file itself. */
export function precompressedFor(file: string, acceptEncoding: string | undefined): Encoding | null {
  const allowed = accepted(acceptEncoding);
  return encodings.find((encoding) => (allowed.has(encoding.name) || allowed.has('*')) && existsSync(`${file}.${encoding.extension}`)) ?? null;
}
