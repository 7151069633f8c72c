/**
 * The soak's operations against the running server: what a visitor, a data user, a stakeholder and a
 * coordinator do (the triage actions are in triage.ts). Each answers ok or says what was wrong with the answer.
 */
import Database from 'better-sqlite3';
import { BENCH_PASSWORD } from '../../bench/data/accounts';
import { SUBJECTS } from '../../bench/data/vocabulary';
import { CookieJar, signIn } from '../../bench/lib/session';
import type { Input } from '../../bench/lib/submission-input';
import { submitOnce, type Submitter } from '../../bench/lib/submissions';
import type { OpResult } from './load';

export type SoakData = {
  pillars: string[];
  initiatives: string[];
  meetings: string[];
  publicRefs: string[];
  /** Stakeholders the soak signs in and out again (never the submitters), and a few others for wrong passwords. */
  signInEmails: string[];
  wrongPasswordEmails: string[];
  searchWords: string[];
};

const pick = <T>(items: readonly T[]): T => items[Math.floor(Math.random() * items.length)]!;

/** Words of four letters or more from the generator's subjects, in both languages, with and without accents. */
function searchWords(): string[] {
  const words = SUBJECTS.flat()
    .flatMap(([en, es]) => `${en} ${es}`.split(/[\s,’'-]+/))
    .filter((w) => w.length >= 4);
  const plain = words.map((w) => w.normalize('NFD').replace(/\p{M}/gu, ''));
  return [...new Set([...words, ...plain].map((w) => w.toLowerCase()))];
}

export function readSoakData(file: string, exclude: Set<string>): SoakData {
  const db = new Database(file, { readonly: true, fileMustExist: true });
  try {
    const column = (sql: string, ...params: unknown[]) =>
      db
        .prepare(sql)
        .pluck()
        .all(...params) as string[];
    const publicCount = db.prepare('SELECT count(*) FROM public_recommendations').pluck().get() as number;
    const stakeholders = column("SELECT email FROM users WHERE role = 'stakeholder' AND email LIKE '%@bench.example' ORDER BY id").filter(
      (e) => !exclude.has(e),
    );
    return {
      pillars: column('SELECT slug FROM pillars ORDER BY number'),
      initiatives: column('SELECT slug FROM initiatives ORDER BY id LIMIT 40'),
      meetings: column('SELECT slug FROM meetings ORDER BY id'),
      publicRefs: column('SELECT ref FROM public_recommendations WHERE id % ? = 0 LIMIT 1000', Math.max(1, Math.floor(publicCount / 1000))),
      signInEmails: stakeholders.slice(0, 200),
      wrongPasswordEmails: stakeholders.slice(200, 400),
      searchWords: searchWords(),
    };
  } finally {
    db.close();
  }
}

async function get(baseUrl: string, path: string, expectType: RegExp, cookie?: string): Promise<OpResult> {
  const response = await fetch(`${baseUrl}${path}`, {
    redirect: 'manual',
    headers: cookie ? { Cookie: cookie } : {},
    signal: AbortSignal.timeout(30_000),
  });
  const body = await response.arrayBuffer();
  const type = response.headers.get('content-type') ?? '';
  if (response.status !== 200) return { ok: false, detail: `GET ${path}: HTTP ${response.status}` };
  if (!expectType.test(type)) return { ok: false, detail: `GET ${path}: ${type}` };
  if (body.byteLength === 0) return { ok: false, detail: `GET ${path}: empty body` };
  return { ok: true };
}

const HTML = /^text\/html/;
const JSON_TYPE = /^application\/(json|problem\+json)/;

export function pageRead(baseUrl: string, data: SoakData): () => Promise<OpResult> {
  const statuses = ['received', 'under_review', 'accepted', 'in_progress', 'implemented', 'not_adopted'];
  const paths = [
    () => `/${pick(['en', 'es'])}`,
    () => `/${pick(['en', 'es'])}/recommendations`,
    () => `/en/recommendations?pillar=${pick(data.pillars)}&status=${pick(statuses)}`,
    () => `/${pick(['en', 'es'])}/recommendations?page=${1 + Math.floor(Math.random() * 50)}`,
    () => `/${pick(['en', 'es'])}/recommendations/${pick(data.publicRefs)}`,
    () => `/${pick(['en', 'es'])}/recommendations/${pick(data.publicRefs)}`,
    () => `/en/pillars/${pick(data.pillars)}`,
    () => `/es/initiatives/${pick(data.initiatives)}`,
    () => `/${pick(['en', 'es'])}/meetings`,
    () => `/${pick(['en', 'es'])}/you-said-we-did`,
    () => '/en/decisions',
  ];
  return () => get(baseUrl, pick(paths)(), HTML);
}

/** A meeting's fact sheet, apart from the other pages: it costs seconds of work at 100,000 recommendations. */
export function factSheet(baseUrl: string, data: SoakData): () => Promise<OpResult> {
  return () => get(baseUrl, `/${pick(['en', 'es'])}/meetings/${pick(data.meetings)}`, HTML);
}

export function apiRead(baseUrl: string, data: SoakData): () => Promise<OpResult> {
  const paths: [() => string, RegExp][] = [
    [() => `/api/v1/recommendations?per_page=50&page=${1 + Math.floor(Math.random() * 100)}`, JSON_TYPE],
    [() => `/api/v1/recommendations?pillar=${pick(data.pillars)}&status=implemented`, JSON_TYPE],
    [() => `/api/v1/recommendations/${pick(data.publicRefs)}`, JSON_TYPE],
    [() => '/api/v1/pillars', JSON_TYPE],
    [() => `/api/v1/initiatives/${pick(data.initiatives)}`, JSON_TYPE],
    [() => `/feed.xml?locale=${pick(['en', 'es'])}`, /xml/],
  ];
  return () => {
    const [path, type] = pick(paths);
    return get(baseUrl, path(), type);
  };
}

export function registerSearch(baseUrl: string, data: SoakData): () => Promise<OpResult> {
  return () => {
    const words = Math.random() < 0.5 ? [pick(data.searchWords)] : [pick(data.searchWords), pick(data.searchWords)];
    const filter = Math.random() < 0.3 ? `&pillar=${pick(data.pillars)}` : '';
    return get(baseUrl, `/${pick(['en', 'es'])}/recommendations?q=${encodeURIComponent(words.join(' '))}${filter}`, HTML);
  };
}

/** A CSV download, streamed and counted, never held in memory. */
export function csvDownload(baseUrl: string, data: SoakData, full: boolean): () => Promise<OpResult> {
  return async () => {
    const query = full ? '' : `?pillar=${pick(data.pillars)}&status=${pick(['implemented', 'in_progress', 'accepted'])}`;
    const response = await fetch(`${baseUrl}/api/v1/recommendations.csv${query}`, { signal: AbortSignal.timeout(120_000) });
    let lines = 0;
    for await (const chunk of response.body as unknown as AsyncIterable<Uint8Array>) for (const byte of chunk) if (byte === 0x0a) lines++;
    if (response.status !== 200) return { ok: false, detail: `CSV${query}: HTTP ${response.status}` };
    return lines > 1 || !full ? { ok: true } : { ok: false, detail: `CSV: only ${lines} lines` };
  };
}

/** A stakeholder signs in (argon2 on the server) and out again. */
export function signInAndOut(baseUrl: string, data: SoakData): () => Promise<OpResult> {
  return async () => {
    const cookie = await signIn(baseUrl, pick(data.signInEmails), BENCH_PASSWORD);
    const session = await fetch(`${baseUrl}/api/auth/session`, { headers: { Cookie: cookie } });
    const body = (await session.json()) as { user?: { id?: number } };
    return body.user?.id
      ? { ok: true }
      : { ok: false, detail: `signed in, but /api/auth/session answered ${JSON.stringify(body).slice(0, 100)}` };
  };
}

/** A wrong password (each on a different account, so no throttle starts): it must be refused, and nothing else. */
export function wrongPassword(baseUrl: string, data: SoakData): () => Promise<OpResult> {
  let next = 0;
  return async () => {
    const email = data.wrongPasswordEmails[next++ % data.wrongPasswordEmails.length]!;
    const jar = new CookieJar();
    const csrf = await fetch(`${baseUrl}/api/auth/csrf`);
    jar.store(csrf);
    const { csrfToken } = (await csrf.json()) as { csrfToken: string };
    const response = await fetch(`${baseUrl}/api/auth/callback/credentials`, {
      method: 'POST',
      redirect: 'manual',
      headers: { 'Content-Type': 'application/x-www-form-urlencoded', Cookie: jar.header(), Origin: new URL(baseUrl).origin },
      body: new URLSearchParams({ csrfToken, email, password: 'not-the-password-2026', json: 'true' }),
    });
    jar.store(response);
    await response.arrayBuffer();
    if (jar.hasSession()) return { ok: false, detail: `a wrong password signed ${email} in` };
    return response.status < 500 ? { ok: true } : { ok: false, detail: `wrong password: HTTP ${response.status}` };
  };
}

export function submission(
  baseUrl: string,
  actionId: string,
  submitters: Submitter[],
  inputs: { en: Input; es: Input }[],
  acknowledged: string[],
): () => Promise<OpResult> {
  let turn = 0;
  return async () => {
    const n = turn++;
    const submitter = submitters[n % submitters.length]!;
    const answer = await submitOnce(baseUrl, actionId, submitter, inputs[n % inputs.length]![submitter.locale]);
    if (!answer.ref) return { ok: false, detail: `submission: HTTP ${answer.status}: ${answer.text.slice(0, 200)}` };
    acknowledged.push(answer.ref);
    return { ok: true };
  };
}
