import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';

// npm run precompress -- [--dist dist]
// Writes .gz and .br next to every text file of the build, once, at the highest levels, so a web
// server (nginx gzip_static / brotli_static) sends them without compressing on each request.

const compressible = new Set(['.html', '.js', '.css', '.svg', '.json', '.txt']);

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    return statSync(full).isDirectory() ? files(full) : [full];
  });
}

const { values } = parseArgs({ options: { dist: { type: 'string', default: 'dist' } }, strict: true });
let count = 0;
for (const file of files(path.resolve(values.dist))) {
  if (!compressible.has(path.extname(file))) continue;
  const content = readFileSync(file);
  writeFileSync(`${file}.gz`, gzipSync(content, { level: 9 }));
  writeFileSync(`${file}.br`, brotliCompressSync(content, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }));
  count += 1;
}
console.info(`Precompressed ${count} files in ${values.dist} (.gz and .br). Run it again after "npm run configure".`);
