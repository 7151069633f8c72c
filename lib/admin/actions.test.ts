import { eq } from 'drizzle-orm';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { auditEvents, meetings, settings, users } from '@/db/schema';
import type { CurrentUser } from '@/lib/auth/current-user';
import { useTemporaryGlobalDatabase } from '@/test/global-database';
import { insertAdmin, insertUser } from '@/test/users';

// Who is calling: each test chooses, as if next-auth had resolved that session.
const caller = vi.hoisted(() => ({ current: null as CurrentUser | null }));
vi.mock('@/lib/auth/current-user', () => ({ getCurrentUser: async () => caller.current }));
vi.mock('next/cache', () => ({ revalidatePath: () => undefined }));

const {
  changeUserAccessAction,
  createMeetingAction,
  deactivateUserAction,
  inviteCoordinatorAction,
  reactivateUserAction,
  resendInvitationAction,
  updateMeetingAction,
  updateSiteSettingsAction,
} = await import('./actions');

const database = useTemporaryGlobalDatabase();
let admin: CurrentUser;
let stakeholder: CurrentUser;
let coordinator: CurrentUser;

beforeAll(() => {
  admin = insertAdmin(database.db());
  stakeholder = insertUser(database.db());
  coordinator = insertUser(database.db(), { role: 'coordinator', government: 'us', allPillars: true });
});

const invitation = {
  name: 'Valeria Ríos',
  email: 'valeria.rios@economia.example.gob.mx',
  government: 'mx' as const,
  scope: 'all' as const,
  pillars: [],
  preferredLocale: 'es' as const,
};
const meeting = {
  slug: '2026-mid-year-review',
  date: '2026-04-20',
  kind: 'mid_year_review',
  titleEn: '2026 mid-year review',
  titleEs: 'Revisión de medio año 2026',
  summaryEn: 'The mid-year review of the dialogue.',
  summaryEs: 'La revisión de medio año del Diálogo.',
} as const;

/** Every administrator action, called with valid input for a target that exists. */
function everyAction(targetId: number) {
  return {
    inviteCoordinator: () => inviteCoordinatorAction(invitation),
    resendInvitation: () => resendInvitationAction({ userId: targetId }),
    changeUserAccess: () => changeUserAccessAction({ userId: targetId, role: 'admin', scope: 'all' }),
    deactivateUser: () => deactivateUserAction({ userId: targetId }),
    reactivateUser: () => reactivateUserAction({ userId: targetId }),
    createMeeting: () => createMeetingAction(meeting),
    updateMeeting: () => updateMeetingAction({ ...meeting, meetingId: 1 }),
    updateSiteSettings: () => updateSiteSettingsAction({ bilateralConfirmation: false, responsesInBothLanguages: false }),
  };
}

describe('the administrator actions', () => {
  for (const [who, expected] of [
    ['a stakeholder', 'forbidden'],
    ['a coordinator', 'forbidden'],
    ['an anonymous visitor', 'notSignedIn'],
  ] as const) {
    it(`refuse ${who} with "${expected}", and change nothing`, async () => {
      caller.current = who === 'a stakeholder' ? stakeholder : who === 'a coordinator' ? coordinator : null;
      const target = insertUser(database.db());
      for (const [name, call] of Object.entries(everyAction(target.id))) {
        expect(await call(), name).toEqual({ serverError: expected });
      }
      const db = database.db();
      expect(db.select().from(users).where(eq(users.email, invitation.email)).get()).toBeUndefined();
      expect(db.select().from(users).where(eq(users.id, target.id)).get()).toMatchObject({ role: 'stakeholder', deactivatedAt: null });
      expect(db.select().from(meetings).where(eq(meetings.slug, meeting.slug)).get()).toBeUndefined();
      expect(db.select().from(settings).where(eq(settings.key, 'triage.bilateralConfirmation')).get()).toBeUndefined();
      expect(db.select().from(auditEvents).all()).toEqual([]);
    });
  }

  it('refuse a non-administrator before reading the input at all', async () => {
    caller.current = coordinator;
    expect(await deactivateUserAction({ userId: 'not a number' } as unknown as { userId: number })).toEqual({ serverError: 'forbidden' });
  });

  it("let an administrator invite, answering a taken address as the e-mail field's error", async () => {
    caller.current = admin;
    const first = await inviteCoordinatorAction(invitation);
    expect(first.data).toMatchObject({ userId: expect.any(Number), outboxLink: expect.stringMatching(/^\/outbox\/\d+\?key=[\w-]+$/) });
    const again = await inviteCoordinatorAction(invitation);
    expect(again.validationErrors?.fieldErrors).toEqual({ email: ['accountExists'] });
  });

  it('tell an administrator who tries to deactivate themselves why not', async () => {
    caller.current = admin;
    expect(await deactivateUserAction({ userId: admin.id })).toEqual({ serverError: 'cannotDeactivateSelf' });
    expect(await changeUserAccessAction({ userId: admin.id, role: 'stakeholder', scope: 'all' })).toEqual({
      serverError: 'cannotDemoteSelf',
    });
  });

  it("answer a taken meeting slug as the slug field's error", async () => {
    caller.current = admin;
    expect((await createMeetingAction(meeting)).data).toEqual({ slug: meeting.slug });
    expect((await createMeetingAction(meeting)).validationErrors?.fieldErrors).toEqual({ slug: ['slugTaken'] });
  });
});
