import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import type { Plugin } from 'vite';

// Every text file of a build also as .br and .gz beside it, compressed once at the highest
// levels, so a server sends them by Accept-Encoding (nginx gzip_static / brotli_static, and
// `npm run serve`) instead of compressing on each request — or, worse, not at all: the entry
// script is four times smaller as brotli, which is most of a phone's first-load time.

const compressible = new Set(['.html', '.js', '.css', '.svg', '.json', '.txt']);

function filesIn(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    return statSync(full).isDirectory() ? filesIn(full) : [full];
  });
}

/** Writes `<file>.br` and `<file>.gz` for one file's content. */
export function writeCompressedCopies(file: string, content: string | Buffer): void {
  writeFileSync(`${file}.gz`, gzipSync(content, { level: 9 }));
  writeFileSync(`${file}.br`, brotliCompressSync(content, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }));
}

/** Compresses every text file under `dir`; answers how many. */
export function precompressDirectory(dir: string): number {
  let count = 0;
  for (const file of filesIn(dir)) {
    if (!compressible.has(path.extname(file))) continue;
    writeCompressedCopies(file, readFileSync(file));
    count += 1;
  }
  return count;
}

/** `npm run build` ends by precompressing the output folder. */
export function precompressBuild(): Plugin {
  let outDir = 'dist';
  return {
    name: 'privacy-portal-precompress',
    apply: 'build',
    configResolved(config) {
      outDir = path.resolve(config.root, config.build.outDir);
    },
    closeBundle() {
      precompressDirectory(outDir);
    },
  };
}
