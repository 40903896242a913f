import { spawn, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { chmodSync, existsSync, mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { TestProject } from 'vitest/node';

// The end-to-end tests run against the real host: a private PostgreSQL cluster in a throwaway folder, the demo
// users and cases, the SMTP catcher, and the web app the host serves from its wwwroot.

const root = resolve(import.meta.dirname, '../../../..');
export const demoPassword = 'Astra-Demo-2026!';

function freePort(): Promise<number> {
  return new Promise((done, fail) => {
    const server = createServer();
    server.once('error', fail);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => done(typeof address === 'object' && address ? address.port : 0));
    });
  });
}

async function waitUntilReady(url: string, host: ChildProcess, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (host.exitCode !== null) throw new Error(`The host exited with code ${host.exitCode} before it was ready`);
    try {
      const response = await fetch(url);
      if (response.ok) return;
    } catch {
      // Not listening yet.
    }
    await new Promise((r) => setTimeout(r, 500));
  }
  throw new Error(`The host was not ready at ${url} within ${timeoutMs / 1000} s`);
}

function stop(child: ChildProcess | undefined, timeoutMs = 30_000): Promise<void> {
  if (!child || child.exitCode !== null) return Promise.resolve();
  return new Promise((done) => {
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      done();
    }, timeoutMs);
    child.once('exit', () => {
      clearTimeout(timer);
      done();
    });
    child.kill('SIGTERM');
  });
}

declare module 'vitest' {
  export interface ProvidedContext {
    baseUrl: string;
    inboxUrl: string;
    demoPassword: string;
  }
}

export default async function setup(project: TestProject) {
  if (!existsSync(join(root, 'src/Workflows.Host/wwwroot/index.html'))) {
    throw new Error('The web app is not built: run `npm run build` in src/Workflows.Web first');
  }
  const data = mkdtempSync(join(tmpdir(), 'astra-e2e-'));
  // initdb runs as the postgres user, which must reach the cluster folder inside.
  chmodSync(data, 0o755);
  const [port, smtpPort, inboxPort] = [await freePort(), await freePort(), await freePort()];
  const verbose = process.env.ASTRA_E2E_VERBOSE === '1';

  const maildev = spawn(
    'node',
    [join(root, 'eng/maildev/node_modules/maildev/bin/maildev'), '--smtp', String(smtpPort), '--web', String(inboxPort), '--ip', '127.0.0.1', '--silent'],
    { stdio: 'ignore' },
  );

  const host = spawn(
    'dotnet',
    ['run', '--project', join(root, 'src/Workflows.Host'), '--no-build', '--no-launch-profile', '--urls', `http://127.0.0.1:${port}`],
    {
      cwd: root,
      stdio: verbose ? 'inherit' : ['ignore', 'ignore', 'inherit'],
      env: {
        ...process.env,
        ASPNETCORE_ENVIRONMENT: 'Development',
        Astra__Demo__Seed: 'true',
        Astra__Demo__Cases: 'true',
        Astra__Demo__Password: demoPassword,
        Astra__Security__RequireTwoFactor: 'false',
        Astra__Security__SignInPermitsPerMinute: '1000',
        Astra__Security__MasterKey: randomBytes(32).toString('base64'),
        Astra__PrivatePostgres__DataDirectory: join(data, 'postgres'),
        Smtp__Host: '127.0.0.1',
        Smtp__Port: String(smtpPort),
        Logging__LogLevel__Default: 'Warning',
      },
    },
  );

  const baseUrl = `http://127.0.0.1:${port}`;
  try {
    await waitUntilReady(`${baseUrl}/health/ready`, host, 240_000);
  } catch (error) {
    await stop(host);
    await stop(maildev);
    rmSync(data, { recursive: true, force: true });
    throw error;
  }

  project.provide('baseUrl', baseUrl);
  project.provide('inboxUrl', `http://127.0.0.1:${inboxPort}`);
  project.provide('demoPassword', demoPassword);

  return async () => {
    await stop(host);
    await stop(maildev);
    rmSync(data, { recursive: true, force: true });
  };
}
