import { createHash } from 'node:crypto';
import { eq } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { GET as snapshotFileGet } from '@/app/api/v1/snapshots/[file]/route';
import { GET as snapshotsGet } from '@/app/api/v1/snapshots/route';
import { auditEvents, users } from '@/db/schema';
import { seedDemoData } from '@/lib/accounts/demo-seed';
import { loadUser, type CurrentUser } from '@/lib/auth/current-user';
import { call, callJson } from '@/lib/public/api/test-helpers';
import { useTemporaryGlobalDatabase } from '@/test/global-database';
import { SNAPSHOT_JSON_KEYS } from './keys';
import { freezeSnapshot } from './snapshots';

const database = useTemporaryGlobalDatabase();
const MEETING = '2023-09-29-ministerial';
let admin: CurrentUser;

beforeAll(async () => {
  await seedDemoData(database.db());
  admin = loadUser(database.db().select().from(users).where(eq(users.email, 'admin@hled.example')).get()!.id, null)!;
});

const sha256 = (bytes: ArrayBuffer) => createHash('sha256').update(Buffer.from(bytes)).digest('hex');

describe('meeting snapshots', () => {
  it('lists nothing before a fact sheet is published', async () => {
    const { status, body } = await callJson(snapshotsGet, '/api/v1/snapshots');
    expect(status).toBe(200);
    expect(body.data).toEqual([]);
  });

  it('freezes JSON and CSV once, audited, and serves them byte for byte with the listed SHA-256', async () => {
    const frozen = freezeSnapshot(admin, MEETING, new Date('2026-11-30T12:00:00Z'));
    expect(database.db().select().from(auditEvents).where(eq(auditEvents.action, 'snapshot.create')).all()).toHaveLength(1);
    const { body } = await callJson(snapshotsGet, '/api/v1/snapshots');
    expect(body.data).toHaveLength(1);
    expect(body.data[0]).toMatchObject({ meeting: { slug: MEETING, date: '2023-09-29' }, taken_at: '2026-11-30T12:00:00.000Z' });
    expect(body.data[0].json.sha256).toBe(frozen.jsonSha256);

    const json = await call(snapshotFileGet, `/api/v1/snapshots/${MEETING}.json`, { file: `${MEETING}.json` });
    expect(json.status).toBe(200);
    expect(json.headers.get('content-type')).toContain('application/json');
    const jsonBytes = await json.arrayBuffer();
    expect(sha256(jsonBytes)).toBe(frozen.jsonSha256);
    expect(json.headers.get('x-content-sha256')).toBe(frozen.jsonSha256);
    const document = JSON.parse(Buffer.from(jsonBytes).toString('utf8'));
    // Every key is in the data dictionary (lib/snapshots/keys.ts), nested ones included.
    expect(Object.keys(document)).toEqual(['snapshot', 'pillars', 'initiatives', 'meetings', 'recommendations']);
    const nested: string[] = document.initiatives.flatMap((i: object) =>
      Object.keys(i).filter((k) => k === 'milestones' || k === 'progress'),
    );
    expect([...Object.keys(document), ...new Set(nested)].every((key) => (SNAPSHOT_JSON_KEYS as readonly string[]).includes(key))).toBe(
      true,
    );
    expect(document.recommendations.length).toBeGreaterThan(0);
    expect(document.recommendations.every((r: { ref: string }) => r.ref.startsWith('HLED-'))).toBe(true);

    const csv = await call(snapshotFileGet, `/api/v1/snapshots/${MEETING}.csv`, { file: `${MEETING}.csv` });
    const csvBytes = await csv.arrayBuffer();
    expect(sha256(csvBytes)).toBe(frozen.csvSha256);
    expect(Buffer.from(csvBytes).toString('utf8').startsWith('\uFEFFref,status,')).toBe(true);
  });

  it('never replaces a snapshot, and answers 404 for a file that is not one', async () => {
    expect(() => freezeSnapshot(admin, MEETING)).toThrow('snapshotExists');
    expect(() => freezeSnapshot(admin, 'no-such-meeting')).toThrow('meetingNotFound');
    for (const file of ['2021-09-09-relaunch.json', `${MEETING}.xml`, '../etc.json']) {
      expect((await call(snapshotFileGet, `/api/v1/snapshots/x`, { file })).status).toBe(404);
    }
  });
});
