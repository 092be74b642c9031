import { spawn, type ChildProcess } from 'node:child_process';
import { isPortFree } from '../e2e/free-port.mjs';

/** Starts `mocks/http.ts` (the production build + mock backend) and waits until it answers. */
export async function startServer(port: number, tenant: 'aptolux' | 'fotolukss' = 'aptolux'): Promise<ChildProcess> {
  // Otherwise the readiness check below would be answered by that other server, and measured.
  if (!(await isPortFree(port))) throw new Error(`Port ${port} is in use. Stop what listens there or set BENCH_PORT.`);
  // Node itself (not npx) runs the server, so kill() stops the server and not only a wrapper.
  const child = spawn(process.execPath, ['--import', 'tsx', 'mocks/http.ts'], {
    env: { ...process.env, PORT: String(port), PORTAL_TENANT: tenant },
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  const deadline = Date.now() + 30_000;
  while (Date.now() < deadline) {
    try {
      const response = await fetch(`http://127.0.0.1:${port}/api/v1/organization`);
      if (response.ok) return child;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  child.kill();
  throw new Error(`The mock server did not start on port ${port}`);
}
