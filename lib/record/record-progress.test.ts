import { eq } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { auditEvents, progressUpdates, users } from '@/db/schema';
import { seedDemoData } from '@/lib/accounts/demo-seed';
import { loadUser, type CurrentUser } from '@/lib/auth/current-user';
import { useTemporaryGlobalDatabase } from '@/test/global-database';
import { progressSchema } from './initiative-schemas';
import { recordProgressUpdate } from './manage-initiatives';

const database = useTemporaryGlobalDatabase();
let coordinator: CurrentUser;

beforeAll(async () => {
  await seedDemoData(database.db());
  coordinator = loadUser(database.db().select().from(users).where(eq(users.email, 'coordinator.pillar4@hled.example')).get()!.id, null)!;
});

const update = (fields: Record<string, string> = {}) =>
  progressSchema.parse({
    initiative: 'workforce-development',
    date: '2026-10-01',
    kind: 'accomplishment',
    textEn: 'Trained 400 technicians.',
    textEs: 'Se capacitó a 400 técnicos.',
    sourceTitle: 'Training report',
    sourceDate: '2026-09-30',
    sourceUrl: 'https://www.gob.mx/report',
    ...fields,
  });

describe('sourced progress and its corrections', () => {
  it('records the source and who recorded it', () => {
    const id = recordProgressUpdate(coordinator, update());
    expect(database.db().select().from(progressUpdates).where(eq(progressUpdates.id, id)).get()).toMatchObject({
      sourceTitle: 'Training report',
      sourceDate: '2026-09-30',
      sourceUrl: 'https://www.gob.mx/report',
      recordedBy: coordinator.name,
      correctsId: null,
    });
  });

  it('corrects by a new entry that names the corrected one and why; the corrected entry is left as it was', () => {
    const original = recordProgressUpdate(coordinator, update({ textEn: 'Trained 4,000 technicians.' }));
    const before = database.db().select().from(progressUpdates).where(eq(progressUpdates.id, original)).get();
    const correction = recordProgressUpdate(
      coordinator,
      update({ corrects: String(original), correctionReasonEn: 'The report says 400.', correctionReasonEs: 'El informe dice 400.' }),
    );
    expect(database.db().select().from(progressUpdates).where(eq(progressUpdates.id, original)).get()).toEqual(before);
    expect(database.db().select().from(progressUpdates).where(eq(progressUpdates.id, correction)).get()).toMatchObject({
      correctsId: original,
      correctionReasonEn: 'The report says 400.',
    });
    expect(database.db().select().from(auditEvents).where(eq(auditEvents.action, 'progress.correct')).all()).toHaveLength(1);
  });

  it('refuses a correction without its reason, or of another initiative’s entry, and an update without a source', () => {
    expect(progressSchema.safeParse({ ...update(), corrects: '1', correctionReasonEn: '', correctionReasonEs: '' }).success).toBe(false);
    expect(progressSchema.safeParse({ ...update(), sourceTitle: '', meeting: '' }).success).toBe(false);
    expect(progressSchema.safeParse({ ...update(), sourceUrl: 'javascript:alert(1)' }).success).toBe(false);
    const elsewhere = database.db().select().from(progressUpdates).where(eq(progressUpdates.initiativeId, 1)).get()!;
    expect(() =>
      recordProgressUpdate(coordinator, update({ corrects: String(elsewhere.id), correctionReasonEn: 'x', correctionReasonEs: 'x' })),
    ).toThrow('unknownProgress');
  });
});
