/**
 * The production server under test: the app's own server (scripts/server.mjs, what `npm start` runs) from
 * the existing build, on the bench's database, in production mode (AUTH_SECRET set, so no demo accounts or
 * samples), in its own process group so that stopping it stops everything it started. BENCH_SERVER=next-start
 * runs a bare `next start` instead, to compare the two.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { existsSync, openSync, readFileSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';

const root = process.cwd();
export const nextBin = createRequire(path.join(root, 'package.json')).resolve('next/dist/bin/next');
const buildIdFile = path.join(root, '.next', 'BUILD_ID');
const appServer = path.join(root, 'scripts', 'server.mjs');

/** Builds only when there is no build, or when asked (BENCH_BUILD=1): the bench measures the build that exists. */
export async function ensureBuild(rebuild: boolean): Promise<{ builtAt: Date; buildId: string }> {
  if (rebuild || !existsSync(buildIdFile)) {
    console.log(rebuild ? 'Rebuilding (BENCH_BUILD=1)...' : 'No production build (.next/BUILD_ID): running next build...');
    await new Promise<void>((resolve, reject) => {
      const child = spawn(process.execPath, [nextBin, 'build'], {
        stdio: 'inherit',
        env: { ...process.env, NODE_ENV: 'production', NEXT_TELEMETRY_DISABLED: '1' },
      });
      child.on('exit', (code) => (code === 0 ? resolve() : reject(new Error(`next build failed with exit code ${code}`))));
    });
  }
  return { builtAt: statSync(buildIdFile).mtime, buildId: readFileSync(buildIdFile, 'utf8').trim() };
}

type ManifestEntry = { workers?: Record<string, unknown>; filename?: string; exportedName?: string };

/**
 * The id Next.js gave a server action in this build. The manifest maps each action id to the file and
 * export it comes from and the pages ("workers") that can run it.
 */
export function serverActionId(sourceFile: string, exportedName: string): { id: string; workers: string[] } {
  const file = path.join(root, '.next', 'server', 'server-reference-manifest.json');
  if (!existsSync(file)) throw new Error(`${file} is missing: is a build running, or incomplete?`);
  const manifest = JSON.parse(readFileSync(file, 'utf8')) as { node?: Record<string, ManifestEntry> };
  for (const [id, entry] of Object.entries(manifest.node ?? {})) {
    if (entry.exportedName === exportedName && entry.filename?.endsWith(sourceFile)) {
      return { id, workers: Object.keys(entry.workers ?? {}) };
    }
  }
  throw new Error(`${exportedName} (${sourceFile}) is not in ${file}: was the build made from this code?`);
}

export function submissionActionId(): { id: string; workers: string[] } {
  return serverActionId('lib/recommendations/actions.ts', 'submitRecommendationAction');
}

export type Server = { child: ChildProcess; pid: number; logFile: string; exited: Promise<number | null> };

export type ServerOptions = {
  port: number;
  baseUrl: string;
  databaseFile: string;
  logFile: string;
  /** Keep sessions valid across a restart by passing the same secret (default: a new random one). */
  authSecret?: string;
  /** No AUTH_SECRET, so the demo accounts exist (scripts/nginx-check.ts). */
  demo?: boolean;
  /** Another copy of the project whose build to serve (bench/ab.ts); this one by default. */
  projectDir?: string;
  /** Added to the server's environment (e.g. METRICS_TOKEN, SQLITE_WAL_AUTOCHECKPOINT). */
  env?: Record<string, string>;
};

export function startServer(options: ServerOptions): Server {
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    NODE_ENV: 'production',
    NEXT_TELEMETRY_DISABLED: '1',
    PORT: String(options.port),
    HOST: '127.0.0.1',
    DATABASE_URL: `file:${options.databaseFile}`,
    AUTH_SECRET: options.authSecret ?? randomBytes(32).toString('base64url'),
    NEXTAUTH_URL: options.baseUrl,
    // The open-data API's per-address limit would answer most of a load test with 429s.
    API_RATE_LIMIT_PER_MINUTE: '1000000000',
    ...options.env,
  };
  for (const name of ['SMTP_URL', 'APP_URL', 'TRUST_PROXY', 'NEXTAUTH_SECRET', 'SHARED_CACHE_PURGE_URL']) delete env[name];
  if (options.demo) delete env.AUTH_SECRET;
  Object.assign(env, options.env);
  const log = openSync(options.logFile, 'a');
  const server = options.projectDir ? path.join(path.resolve(options.projectDir), 'scripts', 'server.mjs') : appServer;
  // e.g. BENCH_NODE_ARGS="--cpu-prof --cpu-prof-dir=/tmp/prof" to profile the server under the load.
  const nodeArgs = (process.env.BENCH_NODE_ARGS ?? '').split(' ').filter(Boolean);
  const args = [
    ...nodeArgs,
    ...(process.env.BENCH_SERVER === 'next-start' ? [nextBin, 'start', '--port', String(options.port)] : [server]),
  ];
  const child = spawn(process.execPath, args, { env, stdio: ['ignore', log, log], detached: true });
  if (child.pid === undefined) throw new Error(`could not start ${args.join(' ')}`);
  const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
  return { child, pid: child.pid, logFile: options.logFile, exited };
}

export function logTail(file: string, lines = 30): string {
  try {
    return readFileSync(file, 'utf8').trimEnd().split('\n').slice(-lines).join('\n');
  } catch {
    return '(no log)';
  }
}

export async function isListening(baseUrl: string): Promise<boolean> {
  try {
    await fetch(`${baseUrl}/api/health`, { signal: AbortSignal.timeout(1000) });
    return true;
  } catch {
    return false;
  }
}

export async function waitUntilHealthy(server: Server, baseUrl: string, timeoutMs = 120_000): Promise<number> {
  const started = Date.now();
  let exitCode: number | null | undefined;
  void server.exited.then((code) => (exitCode = code));
  while (Date.now() - started < timeoutMs) {
    if (exitCode !== undefined) throw new Error(`the server exited (code ${exitCode}) before answering:\n${logTail(server.logFile)}`);
    try {
      const response = await fetch(`${baseUrl}/api/health`, { signal: AbortSignal.timeout(2000) });
      if (response.ok) return Date.now() - started;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  throw new Error(`the server did not answer /api/health within ${timeoutMs / 1000} s:\n${logTail(server.logFile)}`);
}

/** SIGTERM to the server's process group, SIGKILL after ten seconds. */
export async function stopServer(server: Server): Promise<void> {
  if (server.child.exitCode !== null || server.child.signalCode !== null) return;
  const signalGroup = (signal: NodeJS.Signals) => {
    try {
      process.kill(-server.pid, signal);
    } catch {
      // already gone
    }
  };
  signalGroup('SIGTERM');
  const timeout = new Promise<'timeout'>((resolve) => setTimeout(() => resolve('timeout'), 10_000).unref());
  if ((await Promise.race([server.exited, timeout])) === 'timeout') {
    signalGroup('SIGKILL');
    await server.exited;
  }
}

/** Last resort when the runner exits without cleaning up (synchronous: usable in an 'exit' handler). */
export function killServerNow(server: Server): void {
  if (server.child.exitCode !== null || server.child.signalCode !== null) return;
  try {
    process.kill(-server.pid, 'SIGKILL');
  } catch {
    // already gone
  }
}
