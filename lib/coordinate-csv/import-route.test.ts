import { eq } from 'drizzle-orm';
import { describe, expect, it, vi } from 'vitest';
import { progressUpdates } from '@/db/schema';
import type { CurrentUser } from '@/lib/auth/current-user';
import { useDemoPeople } from '@/test/demo-people';
import { useTemporaryGlobalDatabase } from '@/test/global-database';
import { MAX_CSV_REQUEST_BYTES } from './run-import';

const caller = vi.hoisted(() => ({ current: null as CurrentUser | null }));
vi.mock('@/lib/auth/current-user', async (importOriginal) => ({
  ...(await importOriginal<typeof import('@/lib/auth/current-user')>()),
  getCurrentUser: async () => caller.current,
}));
vi.mock('next/cache', () => ({ revalidatePath: () => undefined, revalidateTag: () => undefined }));

const { POST } = await import('@/app/api/coordinate/import/route');
const { GET: exportCsv } = await import('@/app/[locale]/coordinate/initiatives/export.csv/route');

const database = useTemporaryGlobalDatabase();
const people = useDemoPeople(database);

/** One new progress update of a Pillar I initiative, padded past a server action's 48 KB with a long file. */
function csv(tag: string, padding = 0) {
  const row = `progress,semiconductor-supply-chains,2026-03-01,accomplishment,Mapped suppliers ${tag}.,Se mapearon proveedores ${tag}.,Supplier report`;
  const filler = Array.from(
    { length: padding },
    (_, i) => `progress,semiconductor-supply-chains,2026-03-01,accomplishment,Filler ${i}.,Relleno ${i}.,Report`,
  );
  return ['record_type,initiative,date,kind,text_en,text_es,source_title', row, ...filler].join('\r\n') + '\r\n';
}

function post(mode: string, body: BodyInit, headers: Record<string, string> = {}) {
  return POST(
    new Request(`http://localhost/api/coordinate/import?mode=${mode}`, {
      method: 'POST',
      body,
      headers: { origin: 'http://localhost', host: 'localhost', 'content-type': 'text/csv; charset=utf-8', ...headers },
    }),
  );
}

const updatesNamed = (tag: string) =>
  database
    .db()
    .select()
    .from(progressUpdates)
    .all()
    .filter((u) => u.textEn.includes(tag));

describe('the coordinators’ CSV export route', () => {
  it('answers a coordinator with their own pillars only, and nobody else', async () => {
    caller.current = null;
    expect((await exportCsv()).status).toBe(401);
    caller.current = people.stakeholder!;
    expect((await exportCsv()).status).toBe(403);
    caller.current = people['coordinator.pillar4']!;
    const response = await exportCsv();
    expect(response.status).toBe(200);
    expect(response.headers.get('cache-control')).toBe('private, no-store');
    const pillars = new Set(
      (await response.text())
        .split('\r\n')
        .slice(1)
        .filter(Boolean)
        .map((line) => line.split(',')[1]),
    );
    expect([...pillars]).toEqual(['investing-in-our-people']);
    caller.current = null;
  });
});

describe('the coordinators’ CSV import route', () => {
  it('previews and then applies a file larger than a server action may carry, for a coordinator of its pillar', async () => {
    caller.current = people['coordinator.mx']!;
    const file = csv('route-apply', 600);
    expect(file.length).toBeGreaterThan(48 * 1024);
    const preview = await post('preview', file);
    expect(preview.status).toBe(200);
    expect((await preview.json()).data).toMatchObject({ applied: false, problemCount: 0, changeCount: 601 });
    expect(updatesNamed('route-apply')).toHaveLength(0);
    const applied = await post('apply', file);
    expect((await applied.json()).data).toMatchObject({ applied: true, changeCount: 601 });
    expect(updatesNamed('route-apply')).toHaveLength(1);
    caller.current = null;
  });

  it('refuses other sites, anonymous callers, stakeholders, unknown modes and bodies over its own limit, writing nothing', async () => {
    caller.current = people['coordinator.mx']!;
    expect((await post('apply', csv('route-evil'), { origin: 'https://evil.example' })).status).toBe(403);
    expect((await post('publish', csv('route-mode'))).status).toBe(400);
    const oversize = await post('apply', csv('route-big') + 'x'.repeat(MAX_CSV_REQUEST_BYTES));
    expect(oversize.status).toBe(413);
    caller.current = null;
    const anonymous = await post('apply', csv('route-anonymous'));
    expect(anonymous.status).toBe(401);
    expect(await anonymous.json()).toEqual({ serverError: 'notSignedIn' });
    caller.current = people.stakeholder!;
    expect((await post('apply', csv('route-stakeholder'))).status).toBe(403);
    caller.current = null;
    for (const tag of ['route-evil', 'route-mode', 'route-big', 'route-anonymous', 'route-stakeholder'])
      expect(updatesNamed(tag)).toHaveLength(0);
    expect(database.db().select().from(progressUpdates).where(eq(progressUpdates.textEn, 'x')).all()).toHaveLength(0);
  });
});
