/**
 * `npm run test:nginx`: runs docs/nginx/hled-cache.conf for real, with nginx from Debian, in front of the
 * production build (which must exist: `npm run build`) on a fresh demo database, and checks what
 * docs/deploy.md promises: stored pages and open data are served from nginx's cache; per-request,
 * signed-in and navigation requests never are; the security headers survive the cache; and when a
 * coordinator hides an item, its page, its API answer and the lists that showed it are gone from nginx
 * before the action answers. Ports: NGINX_CHECK_PORT (default 3145) and the next two.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import BetterSqlite3 from 'better-sqlite3';
import { serverActionId, killServerNow, startServer, stopServer, waitUntilHealthy, type Server } from '../bench/lib/server';
import { signIn } from '../bench/lib/session';

const NGINX = ['/usr/sbin/nginx', '/usr/bin/nginx'].find(existsSync);
const PURGE_MODULE = '/usr/lib/nginx/modules/ngx_http_cache_purge_module.so';
const base = Number(process.env.NGINX_CHECK_PORT ?? 3145);
const [appPort, nginxPort, purgePort] = [base, base + 1, base + 2];
const site = `http://localhost:${nginxPort}`;
const dir = mkdtempSync(path.join(tmpdir(), 'hled-nginx-'));
let app: Server | null = null;
let nginx: ChildProcess | null = null;
const results: { check: string; ok: boolean; detail: string }[] = [];

function check(name: string, ok: boolean, detail: string) {
  results.push({ check: name, ok, detail });
  console.log(`${ok ? 'ok  ' : 'FAIL'} ${name}: ${detail}`);
}

/** The documented file, with this run's ports and paths; each replacement must apply, so the file stays testable. */
function configuration(): string {
  let conf = readFileSync(path.join(process.cwd(), 'docs', 'nginx', 'hled-cache.conf'), 'utf8');
  const replace = (from: string | RegExp, to: string) => {
    const next = conf.replace(from, to);
    if (next === conf) throw new Error(`docs/nginx/hled-cache.conf no longer contains ${from}`);
    conf = next;
  };
  replace('/var/cache/nginx/hled', path.join(dir, 'cache'));
  replace('server 127.0.0.1:3000;', `server 127.0.0.1:${appPort};`);
  replace('listen 443 ssl http2;', `listen 127.0.0.1:${nginxPort};`);
  replace(/^\s*ssl_certificate.*$/gm, '');
  replace('server_name tracker.example.gov;', 'server_name localhost;');
  replace('listen 127.0.0.1:8081;', `listen 127.0.0.1:${purgePort};`);
  const temp = path.join(dir, 'temp');
  mkdirSync(temp);
  return `load_module ${PURGE_MODULE};
${process.getuid?.() === 0 ? 'user root;' : ''}
daemon off;
worker_processes 1;
pid ${dir}/nginx.pid;
error_log ${dir}/error.log warn;
events {}
http {
  access_log off;
  client_body_temp_path ${temp}/body;
  proxy_temp_path ${temp}/proxy;
  fastcgi_temp_path ${temp}/fastcgi;
  uwsgi_temp_path ${temp}/uwsgi;
  scgi_temp_path ${temp}/scgi;
${conf}
}
`;
}

async function get(pathname: string, headers: Record<string, string> = {}) {
  const response = await fetch(`${site}${pathname}`, { headers, redirect: 'manual' });
  return {
    status: response.status,
    cache: response.headers.get('x-cache-status') ?? '-',
    headers: response.headers,
    body: await response.text(),
  };
}

async function twice(pathname: string, headers: Record<string, string> = {}) {
  await get(pathname, headers);
  return get(pathname, headers);
}

async function waitFor(url: string) {
  for (let i = 0; i < 50; i++) {
    try {
      await fetch(url);
      return;
    } catch {
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  }
  throw new Error(`nothing answered at ${url}; see ${dir}/error.log`);
}

function publicSample(file: string): { ref: string; title: string; version: number } {
  const db = new BetterSqlite3(file, { readonly: true });
  try {
    return db
      .prepare(
        "SELECT p.ref, p.title, r.version FROM public_recommendations p JOIN recommendations r ON r.id = p.id WHERE p.is_sample = 1 AND p.text_kind = 'full' ORDER BY p.id DESC LIMIT 1",
      )
      .get() as { ref: string; title: string; version: number };
  } finally {
    db.close();
  }
}

async function privacyChange(databaseFile: string) {
  const item = publicSample(databaseFile);
  const shown = [
    '/en/recommendations',
    `/en/recommendations/${item.ref}`,
    `/es/recommendations/${item.ref}`,
    `/api/v1/recommendations/${item.ref}`,
  ];
  for (const pathname of shown) {
    const answer = await twice(pathname);
    check(
      `${pathname} cached before the change`,
      answer.cache === 'HIT' && answer.body.includes(item.ref),
      `HTTP ${answer.status}, ${answer.cache}`,
    );
  }
  const cookie = await signIn(site, 'coordinator.us@hled.example', 'hled-demo-2026');
  const hide = serverActionId('lib/triage/actions.ts', 'hideRecommendationAction');
  const answer = await fetch(`${site}/en/coordinate/${item.ref}`, {
    method: 'POST',
    headers: {
      'Next-Action': hide.id,
      'Content-Type': 'text/plain;charset=UTF-8',
      Accept: 'text/x-component',
      Origin: site,
      Cookie: cookie,
    },
    body: JSON.stringify([{ ref: item.ref, version: item.version, reason: 'nginx check' }]),
  });
  const text = await answer.text();
  check('a coordinator hides the item through nginx', answer.status === 200 && text.includes('"hidden":true'), `HTTP ${answer.status}`);
  for (const pathname of shown) {
    const after = await get(pathname);
    const gone = pathname.endsWith(item.ref) ? after.status === 404 && !after.body.includes(item.title) : !after.body.includes(item.ref);
    check(`${pathname} right after the action answered`, gone && after.cache !== 'HIT', `HTTP ${after.status}, ${after.cache}`);
  }
}

async function main() {
  if (!NGINX || !existsSync(PURGE_MODULE)) {
    console.error('nginx and its cache purge module are needed: apt install nginx-light libnginx-mod-http-cache-purge');
    process.exit(1);
  }
  const databaseFile = path.join(dir, 'app.db');
  app = startServer({
    port: appPort,
    baseUrl: site,
    databaseFile,
    logFile: path.join(dir, 'app.log'),
    demo: true,
    env: { APP_URL: site, TRUST_PROXY: '1', SHARED_CACHE_PURGE_URL: `http://127.0.0.1:${purgePort}` },
  });
  await waitUntilHealthy(app, `http://127.0.0.1:${appPort}`);
  writeFileSync(path.join(dir, 'nginx.conf'), configuration());
  nginx = spawn(NGINX, ['-p', dir, '-c', path.join(dir, 'nginx.conf')], { stdio: ['ignore', 'inherit', 'inherit'], detached: true });
  await waitFor(`${site}/api/health`);

  const home = await twice('/en');
  check('a stored page is served from the cache', home.cache === 'HIT' && home.status === 200, home.cache);
  check(
    'with its security headers',
    (home.headers.get('content-security-policy') ?? '').includes("script-src 'self' 'unsafe-inline'") &&
      home.headers.get('x-frame-options') === 'DENY',
    home.headers.get('content-security-policy') ?? 'no CSP',
  );
  const data = await twice('/api/v1/pillars');
  check('open data is served from the cache', data.cache === 'HIT', data.cache);
  for (const pathname of ['/en/recommendations?q=energia', '/en/sign-in', '/api/me']) {
    const answer = await twice(pathname);
    check(`${pathname} is never cached`, answer.cache !== 'HIT', `${answer.cache}, ${answer.headers.get('cache-control')}`);
  }
  const navigation = await twice('/en', { RSC: '1' });
  check('a client-side navigation goes to the app', navigation.cache === 'BYPASS', navigation.cache);
  await privacyChange(databaseFile);
}

async function cleanUp() {
  if (nginx?.pid) {
    try {
      process.kill(-nginx.pid, 'SIGTERM');
    } catch {
      // already stopped
    }
  }
  if (app) await stopServer(app);
  rmSync(dir, { recursive: true, force: true });
}

process.on('exit', () => {
  if (app) killServerNow(app);
});

main()
  .catch((error: unknown) => check('the check ran', false, error instanceof Error ? error.message : String(error)))
  .finally(async () => {
    await cleanUp();
    const failed = results.filter((r) => !r.ok).length;
    console.log(failed ? `\n${failed} of ${results.length} checks failed.` : `\nAll ${results.length} checks passed.`);
    process.exit(failed ? 1 : 0);
  });
