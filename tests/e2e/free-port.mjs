// Whether a loopback port is free, and the first free pair from a start port. The browser
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

export async function firstFreePortPair(start, tries = 20) {
  for (let port = start; port < start + 2 * tries; port += 2) {
    if ((await isPortFree(port)) && (await isPortFree(port + 1))) return port;
  }
  throw new Error(`No two free ports between ${start} and ${start + 2 * tries}.`);
}
