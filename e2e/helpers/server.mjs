// Starts the real `alif24` binary on a free loopback port with a fresh SQLite database,
// and creates administrators with its own command line.

import { spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
export const binary = process.env.ALIF24_BIN || path.join(repoRoot, 'target', 'debug', 'alif24');

export const ADMIN = { email: 'admin@e2e.test', password: 'admin pass 123' };

/** A port nobody listens on right now. */
async function freePort() {
  return new Promise((resolve, reject) => {
    const srv = net.createServer();
    srv.unref();
    srv.on('error', reject);
    srv.listen(0, '127.0.0.1', () => {
      const { port } = srv.address();
      srv.close(() => resolve(port));
    });
  });
}

const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

/**
 * A server with its own database. `admin: 'before'` creates the administrator before the
 * server starts, `'after'` once it is ready, `'none'` not at all. `env` adds settings
 * (`{ ALIF24_ESPEAK: 'off' }` for a server without a voice).
 */
export async function startServer({ admin = 'after', env: extra = {} } = {}) {
  if (!fs.existsSync(binary)) {
    throw new Error(`${binary} not found: run \`cargo build\` in ${repoRoot} first`);
  }
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'alif24-e2e-'));
  const port = await freePort();
  const env = {
    ...process.env,
    DATABASE_URL: `sqlite://${dir}/e2e.db`,
    ALIF24_ADDR: `127.0.0.1:${port}`,
    ALIF24_RATE_LIMIT_SCALE: '100',
    RUST_LOG: process.env.RUST_LOG || 'warn',
    ...extra,
  };
  delete env.ALIF24_PUBLIC_URL;
  const server = { dir, port, env, url: `http://127.0.0.1:${port}`, proc: null };
  server.createAdmin = () => createAdmin(env);
  server.stop = () => stopServer(server);

  if (admin === 'before') createAdmin(env);

  const log = fs.openSync(path.join(dir, 'server.log'), 'a');
  server.proc = spawn(binary, ['serve'], { env, cwd: dir, stdio: ['ignore', log, log] });
  fs.closeSync(log);
  let exited = null;
  server.proc.on('exit', (code, signal) => { exited = { code, signal }; });

  try {
    await waitReady(server, () => exited);
  } catch (e) {
    await stopServer(server, { keepDir: true });
    throw new Error(`${e.message}\n--- server log (${dir}/server.log) ---\n${serverLog(server)}`);
  }
  if (admin === 'after') createAdmin(env);
  return server;
}

async function waitReady(server, exited) {
  const deadline = Date.now() + 30_000;
  while (Date.now() < deadline) {
    if (exited()) throw new Error(`alif24 exited before it was ready: ${JSON.stringify(exited())}`);
    try {
      const res = await fetch(`${server.url}/readyz`);
      if (res.ok) return;
    } catch {
      /* not listening yet */
    }
    await sleep(100);
  }
  throw new Error(`alif24 not ready on ${server.url} within 30 s`);
}

/** `alif24 admin create` with the server's environment; fails the test on a non-zero exit. */
function createAdmin(env) {
  const out = spawnSync(
    binary,
    ['admin', 'create', '--email', ADMIN.email, '--password', ADMIN.password],
    { env, encoding: 'utf8', timeout: 60_000 },
  );
  if (out.status !== 0) {
    throw new Error(`alif24 admin create failed (${out.status}): ${out.stdout}${out.stderr}`);
  }
  return out.stdout;
}

export function serverLog(server) {
  try {
    return fs.readFileSync(path.join(server.dir, 'server.log'), 'utf8');
  } catch {
    return '';
  }
}

async function stopServer(server, { keepDir = false } = {}) {
  const proc = server.proc;
  if (proc && proc.exitCode === null && proc.signalCode === null) {
    const gone = new Promise((r) => proc.once('exit', r));
    proc.kill('SIGTERM');
    const timer = setTimeout(() => proc.kill('SIGKILL'), 10_000);
    await gone;
    clearTimeout(timer);
  }
  if (!keepDir && !process.env.E2E_KEEP) fs.rmSync(server.dir, { recursive: true, force: true });
}
