import path from 'node:path';
import { parseArgs } from 'node:util';
import { precompressDirectory } from '../../tooling/precompress';

// npm run precompress -- [--dist dist]
// `npm run build` already writes .gz and .br next to every text file; run this again after
// changing files in the build by hand (npm run configure keeps index.html's copies in step).

const { values } = parseArgs({ options: { dist: { type: 'string', default: 'dist' } }, strict: true });
const count = precompressDirectory(path.resolve(values.dist));
console.info(`Precompressed ${count} files in ${values.dist} (.gz and .br).`);
