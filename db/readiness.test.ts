import { afterEach, describe, expect, it } from 'vitest';
import { createTempDatabase } from '@/test/temp-database';
import { useTemporaryGlobalDatabase } from '@/test/global-database';
import { GET } from '@/app/api/ready/route';
import { checkReadiness } from './readiness';

let cleanup: (() => void)[] = [];
afterEach(() => {
  cleanup.forEach((fn) => fn());
  cleanup = [];
});

function tempDatabase() {
  const temp = createTempDatabase();
  cleanup.push(temp.dispose);
  return temp;
}

describe('readiness', () => {
  it('is ready when the database answers and carries every migration this code ships', () => {
    const temp = tempDatabase();
    const readiness = checkReadiness(() => temp.db);
    expect(readiness).toMatchObject({ ready: true });
    expect(readiness.migrations!.applied).toBe(readiness.migrations!.expected);
    expect(readiness.migrations!.expected).toBeGreaterThanOrEqual(5);
  });

  it('is not ready when the newest migration is missing from the file', () => {
    const temp = tempDatabase();
    temp.db.$client.prepare('DELETE FROM __drizzle_migrations WHERE created_at = (SELECT max(created_at) FROM __drizzle_migrations)').run();
    expect(checkReadiness(() => temp.db)).toMatchObject({ ready: false, reason: 'migrations_behind' });
  });

  it('is not ready when the file was migrated by newer code than this', () => {
    const temp = tempDatabase();
    temp.db.$client.prepare("INSERT INTO __drizzle_migrations (hash, created_at) VALUES ('from-the-future', 99999999999999)").run();
    expect(checkReadiness(() => temp.db)).toMatchObject({ ready: false, reason: 'migrations_ahead' });
  });

  it('is not ready when the seeded record is missing', () => {
    const temp = createTempDatabase({ seed: false });
    cleanup.push(temp.dispose);
    expect(checkReadiness(() => temp.db)).toMatchObject({ ready: false, reason: 'record_missing' });
  });

  it('is not ready, without saying why to the caller, when the database cannot be read', () => {
    const temp = tempDatabase();
    temp.db.$client.close();
    expect(checkReadiness(() => temp.db)).toEqual({ ready: false, reason: 'database_unavailable' });
    expect(
      checkReadiness(() => {
        throw new Error('SQLITE_CANTOPEN: /srv/secret/path.db');
      }),
    ).toEqual({ ready: false, reason: 'database_unavailable' });
  });
});

describe('GET /api/ready', () => {
  const global = useTemporaryGlobalDatabase();

  it('answers 200 with the migration level, never cached', async () => {
    const response = GET();
    expect(response.status).toBe(200);
    expect(response.headers.get('cache-control')).toBe('no-store');
    const body = await response.json();
    expect(body).toMatchObject({ status: 'ready', migrations: { applied: expect.any(Number), expected: expect.any(Number) } });
  });

  it('answers 503 when the database is behind this code', async () => {
    global
      .db()
      .$client.prepare('DELETE FROM __drizzle_migrations WHERE created_at = (SELECT max(created_at) FROM __drizzle_migrations)')
      .run();
    const response = GET();
    expect(response.status).toBe(503);
    expect(await response.json()).toMatchObject({ status: 'not_ready', reason: 'migrations_behind' });
  });
});
