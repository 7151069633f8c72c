import { eq } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { auditEvents, meetings } from '@/db/schema';
import type { CurrentUser } from '@/lib/auth/current-user';
import { useTemporaryGlobalDatabase } from '@/test/global-database';
import { insertAdmin } from '@/test/users';
import { createMeeting, meetingForEditing, updateMeeting } from './meetings';
import { meetingSchema } from './schemas';

const database = useTemporaryGlobalDatabase();
let admin: CurrentUser;

beforeAll(() => {
  admin = insertAdmin(database.db());
});

const form = {
  slug: '2025-09-ministerial',
  date: '2025-09-18',
  kind: 'ministerial',
  titleEn: '2025 HLED Ministerial',
  titleEs: 'Reunión ministerial del DEAN 2025',
  placeEn: 'Mexico City',
  placeEs: 'Ciudad de México',
  summaryEn: "The two delegations reviewed the year's progress under the four pillars.",
  summaryEs: 'Las dos delegaciones revisaron los avances del año en los cuatro pilares.',
  usLeads: 'Secretary of Commerce\n\n  U.S. Trade Representative  \n',
  mxLeads: 'Secretaría de Economía',
};

const issues = (input: Record<string, unknown>) =>
  meetingSchema.safeParse({ ...form, ...input }).error?.issues.map((i) => [i.path.join('.'), i.message]);

describe('meetings', () => {
  it('are added with their delegation leads one per line, and the change is audited', () => {
    const result = createMeeting(admin, meetingSchema.parse(form));
    expect(result).toMatchObject({ ok: true, slug: form.slug });
    const saved = meetingForEditing(form.slug)!;
    expect(saved).toMatchObject({
      kind: 'ministerial',
      placeEs: 'Ciudad de México',
      usLeads: ['Secretary of Commerce', 'U.S. Trade Representative'],
      mxLeads: ['Secretaría de Economía'],
    });
    const audit = database
      .db()
      .select()
      .from(auditEvents)
      .where(eq(auditEvents.objectId, String(saved.id)))
      .all();
    expect(audit).toMatchObject([{ actorId: admin.id, action: 'meeting.create', objectType: 'meeting' }]);
  });

  it('refuse a slug another meeting already has, naming the slug field', () => {
    expect(createMeeting(admin, meetingSchema.parse({ ...form, slug: '2021-09-09-relaunch' }))).toEqual({
      ok: false,
      field: 'slug',
      reason: 'slugTaken',
    });
  });

  it('are edited in place, keeping their own slug, with the changed fields recorded', () => {
    const id = meetingForEditing(form.slug)!.id;
    const result = updateMeeting(
      admin,
      id,
      meetingSchema.parse({ ...form, placeEn: 'Washington, D.C.', placeEs: 'Washington, D.C.', mxLeads: '' }),
    );
    expect(result).toEqual({ ok: true, id, slug: form.slug });
    expect(meetingForEditing(form.slug)).toMatchObject({ placeEn: 'Washington, D.C.', mxLeads: [] });
    const update = database.db().select().from(auditEvents).where(eq(auditEvents.action, 'meeting.update')).get()!;
    expect(Object.keys((update.details as { changed: object }).changed).sort()).toEqual(['mxLeads', 'placeEn', 'placeEs']);
  });

  it('are not written nor audited again when saved unchanged', () => {
    const saved = meetingForEditing(form.slug)!;
    const audits = () =>
      database
        .db()
        .select()
        .from(auditEvents)
        .where(eq(auditEvents.objectId, String(saved.id)))
        .all().length;
    const before = audits();
    const unchanged = {
      ...form,
      placeEn: saved.placeEn ?? '',
      placeEs: saved.placeEs ?? '',
      usLeads: saved.usLeads.join('\n'),
      mxLeads: saved.mxLeads.join('\n'),
    };
    expect(updateMeeting(admin, saved.id, meetingSchema.parse(unchanged))).toEqual({ ok: true, id: saved.id, slug: form.slug });
    expect(audits()).toBe(before);
  });

  it("cannot be renamed to another meeting's slug", () => {
    const id = meetingForEditing(form.slug)!.id;
    expect(updateMeeting(admin, id, meetingSchema.parse({ ...form, slug: '2021-09-09-relaunch' }))).toEqual({
      ok: false,
      field: 'slug',
      reason: 'slugTaken',
    });
    expect(database.db().select().from(meetings).where(eq(meetings.id, id)).get()!.slug).toBe(form.slug);
  });

  it('refuse an edit of a meeting that does not exist', () => {
    expect(() => updateMeeting(admin, 999_999, meetingSchema.parse(form))).toThrow(expect.objectContaining({ code: 'meetingNotFound' }));
  });
});

describe('the meeting form', () => {
  it('takes slugs of lower-case words and digits joined by single hyphens', () => {
    for (const slug of ['2025 ministerial', 'Ministerial', '-ministerial', 'mid--year', 'reunión']) {
      expect(issues({ slug }), slug).toEqual([['slug', 'slugFormat']]);
    }
  });

  it('keeps "new" for the page that adds a meeting', () => {
    expect(issues({ slug: 'new' })).toEqual([['slug', 'slugReserved']]);
  });

  it('takes only dates that exist', () => {
    expect(issues({ date: '2025-02-30' })).toEqual([['date', 'date']]);
    expect(issues({ date: '18/09/2025' })).toEqual([['date', 'date']]);
    expect(issues({ date: '2024-02-29' })).toBeUndefined();
  });

  it("requires both languages' title and summary", () => {
    expect(issues({ titleEs: '  ', summaryEn: '' })).toEqual([
      ['titleEs', 'required'],
      ['summaryEn', 'required'],
    ]);
  });

  it('takes the delegation leads in Spanish line for line with the English, or not at all', () => {
    const us = 'Marisa Lago, Under Secretary of Commerce for International Trade\nJayme White, Deputy United States Trade Representative';
    expect(issues({ usLeads: us, usLeadsEs: 'Marisa Lago, subsecretaria de Comercio Internacional' })).toEqual([
      ['usLeadsEs', 'leadsLineForLine'],
    ]);
    expect(issues({ usLeads: us, usLeadsEs: 'Marisa Lago, subsecretaria\nJayme White, representante comercial adjunto' })).toBeUndefined();
    expect(issues({ usLeads: us, usLeadsEs: '' })).toBeUndefined();
  });
});
