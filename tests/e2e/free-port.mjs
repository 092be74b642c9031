// Whether a loopback port is free, and the first free run of ports from a start port. The browser
// tests and the bench start their own servers; a server already listening there (say
// `npm run serve` in another terminal) must neither break them nor be measured instead.
import net from 'node:net';

export function isPortFree(port) {
  return new Promise((resolve) => {
    const probe = net.createServer();
    probe.once('error', () => resolve(false));
    probe.listen(port, '127.0.0.1', () => probe.close(() => resolve(true)));
  });
}

/** The first port from `start` (in steps of `count`) where `count` ports in a row are free. */
export async function firstFreePorts(start, count, tries = 20) {
  for (let port = start; port < start + count * tries; port += count) {
    let free = true;
    for (let offset = 0; offset < count && free; offset += 1) free = await isPortFree(port + offset);
    if (free) return port;
  }
  throw new Error(`No ${count} free ports in a row between ${start} and ${start + count * tries}.`);
}
