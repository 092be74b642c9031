import { spawn } from 'node:child_process';
import net from 'node:net';
import path from 'node:path';
import { server as inProcessMocks } from '../../mocks/node';

// Starts the demo backend as a real HTTP server (mocks/http.ts, API only) on a free loopback port,
// as an operator's backend would run, for the tests of the conformance check.

const root = path.resolve(import.meta.dirname, '..', '..');

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = net.createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address();
      probe.close(() => (typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no port'))));
    });
  });
}

export interface DemoApiServer {
  baseUrl: URL;
  stop(): Promise<void>;
}

export async function startDemoApi(env: Record<string, string> = {}): Promise<DemoApiServer> {
  const port = await freePort();
  const child = spawn(path.join(root, 'node_modules', '.bin', 'tsx'), ['mocks/http.ts'], {
    cwd: root,
    env: { ...process.env, PORT: String(port), PORTAL_API_ONLY: '1', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  await new Promise<void>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`the demo API did not start:\n${output}`)), 20_000);
    const listen = (chunk: Buffer) => {
      output += chunk.toString();
      if (output.includes(`http://localhost:${port}`)) {
        clearTimeout(timer);
        resolve();
      }
    };
    child.stdout.on('data', listen);
    child.stderr.on('data', listen);
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`the demo API exited (${String(code)}):\n${output}`));
    });
  });
  return {
    baseUrl: new URL(`http://127.0.0.1:${port}/api/v1`),
    stop: () =>
      new Promise<void>((resolve) => {
        child.once('exit', () => resolve());
        child.kill();
      }),
  };
}

/**
 * tests/setup.ts answers every fetch in-process with msw; a file that talks to a real server
 * switches that off for itself (call at the top level of the file).
 */
export function switchOffInProcessMocks(): void {
  beforeAll(() => inProcessMocks.close());
}
