import { and, eq } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { auditEvents, authTokens, coordinatorPillars, outbox, pillars, users } from '@/db/schema';
import { acceptInvitation, findInvitation } from '@/lib/accounts/accept-invitation';
import { TOKEN_LIFETIME_MS } from '@/lib/accounts/tokens';
import type { CurrentUser } from '@/lib/auth/current-user';
import { checkCredentials } from '@/lib/auth/sign-in';
import { useTemporaryGlobalDatabase } from '@/test/global-database';
import { insertAdmin } from '@/test/users';
import { inviteCoordinator, resendInvitation } from './invite-coordinator';
import { inviteCoordinatorSchema } from './schemas';

const database = useTemporaryGlobalDatabase();
const PASSWORD = 'tres nopales junto al río Usumacinta';
let admin: CurrentUser;
let pillarTwo: { id: number; slug: string };

beforeAll(() => {
  admin = insertAdmin(database.db());
  pillarTwo = database.db().select({ id: pillars.id, slug: pillars.slug }).from(pillars).where(eq(pillars.number, 2)).get()!;
});

let count = 0;
function invitationInput(overrides: Record<string, unknown> = {}) {
  count += 1;
  return inviteCoordinatorSchema.parse({
    name: 'Mariana Torres Aguilar',
    email: `mariana.${count}@economia.example.gob.mx`,
    government: 'mx',
    scope: 'some',
    pillars: [pillarTwo.slug],
    preferredLocale: 'es',
    ...overrides,
  });
}

/** The token exists only in the e-mail: read it from there, as the invitee would. */
function tokenFromEmail(outboxId: number): { token: string; link: string } {
  const message = database.db().select().from(outbox).where(eq(outbox.id, outboxId)).get()!;
  const link = message.bodyText.match(/https?:\/\/\S+accept-invitation\?token=\S+/)![0];
  return { link, token: decodeURIComponent(new URL(link).searchParams.get('token')!) };
}

describe('inviting a coordinator', () => {
  it('creates a coordinator without a password, limited to the chosen pillars, and e-mails a 7-day link in their language', async () => {
    const before = Date.now();
    const result = await inviteCoordinator(admin, invitationInput());
    if (!result.ok) throw new Error('invitation refused');
    const db = database.db();
    const user = db.select().from(users).where(eq(users.id, result.userId)).get()!;
    expect(user).toMatchObject({
      role: 'coordinator',
      government: 'mx',
      allPillars: false,
      passwordHash: null,
      preferredLocale: 'es',
      emailVerifiedAt: null,
    });
    expect(db.select().from(coordinatorPillars).where(eq(coordinatorPillars.userId, user.id)).all()).toEqual([
      { userId: user.id, pillarId: pillarTwo.id },
    ]);

    const { link } = tokenFromEmail(result.email.id);
    expect(link).toMatch(/\/es\/accept-invitation\?token=/);
    const token = db
      .select()
      .from(authTokens)
      .where(and(eq(authTokens.userId, user.id), eq(authTokens.purpose, 'invite')))
      .get()!;
    expect(token.expiresAt.getTime() - before).toBeGreaterThanOrEqual(TOKEN_LIFETIME_MS.invite - 1000);
    expect(TOKEN_LIFETIME_MS.invite).toBe(7 * 24 * 60 * 60 * 1000);

    const audit = db
      .select()
      .from(auditEvents)
      .where(and(eq(auditEvents.objectType, 'user'), eq(auditEvents.objectId, String(user.id))))
      .all();
    expect(audit).toMatchObject([
      { actorId: admin.id, action: 'user.invite', details: { government: 'mx', allPillars: false, pillars: [pillarTwo.slug] } },
    ]);
  });

  it('refuses a second account for an address that already has one', async () => {
    const input = invitationInput();
    expect((await inviteCoordinator(admin, input)).ok).toBe(true);
    expect(await inviteCoordinator(admin, { ...input, name: 'Someone Else' })).toEqual({
      ok: false,
      field: 'email',
      reason: 'accountExists',
    });
  });

  it('refuses a pillar that does not exist, and creates nothing', async () => {
    const input = invitationInput({ pillars: ['no-such-pillar'] });
    await expect(inviteCoordinator(admin, input)).rejects.toMatchObject({ code: 'unknownPillar' });
    expect(database.db().select().from(users).where(eq(users.email, input.email)).get()).toBeUndefined();
  });

  it('lets the invitee choose a password once, confirms their address, and then they can sign in', async () => {
    const input = invitationInput();
    const result = await inviteCoordinator(admin, input);
    if (!result.ok) throw new Error('invitation refused');
    const { token } = tokenFromEmail(result.email.id);

    expect(findInvitation(token)).toEqual({ ok: true, name: input.name, email: input.email });
    expect(await acceptInvitation(token, PASSWORD)).toEqual({ ok: true });
    expect(database.db().select().from(users).where(eq(users.id, result.userId)).get()!.emailVerifiedAt).not.toBeNull();
    expect(await checkCredentials(input.email, PASSWORD, null)).toMatchObject({ ok: true, user: { id: result.userId } });

    expect(await acceptInvitation(token, 'otra contraseña muy distinta 2026')).toEqual({ ok: false, reason: 'used' });
    expect(findInvitation(token)).toEqual({ ok: false, reason: 'used' });
  });

  it("refuses a common password or one made of the invitee's name, and the link still works afterwards", async () => {
    const input = invitationInput({ name: 'Valentina Quintero' });
    const result = await inviteCoordinator(admin, input);
    if (!result.ok) throw new Error('invitation refused');
    const { token } = tokenFromEmail(result.email.id);
    expect(await acceptInvitation(token, 'passwordpassword')).toEqual({ ok: false, reason: 'passwordTooCommon' });
    expect(await acceptInvitation(token, 'valentinaquintero1')).toEqual({ ok: false, reason: 'passwordTooCommon' });
    expect(await acceptInvitation(token, 'short')).toEqual({ ok: false, reason: 'passwordTooShort' });
    expect(await acceptInvitation(token, PASSWORD)).toEqual({ ok: true });
  });

  it('says when the link has expired, after 7 days', async () => {
    const result = await inviteCoordinator(admin, invitationInput());
    if (!result.ok) throw new Error('invitation refused');
    const { token } = tokenFromEmail(result.email.id);
    expect(findInvitation(token, Date.now() + TOKEN_LIFETIME_MS.invite + 1000)).toEqual({ ok: false, reason: 'expired' });
    expect(findInvitation('made-up-token-made-up-token')).toEqual({ ok: false, reason: 'invalid' });
  });

  it('sends the invitation again with a new link, and the earlier one stops working', async () => {
    const result = await inviteCoordinator(admin, invitationInput());
    if (!result.ok) throw new Error('invitation refused');
    const first = tokenFromEmail(result.email.id).token;
    const second = tokenFromEmail((await resendInvitation(admin, result.userId)).id).token;
    expect(first).not.toBe(second);
    expect(await acceptInvitation(first, PASSWORD)).toEqual({ ok: false, reason: 'used' });
    expect(await acceptInvitation(second, PASSWORD)).toEqual({ ok: true });
    // Once the password is set there is no invitation left to send.
    await expect(resendInvitation(admin, result.userId)).rejects.toMatchObject({ code: 'notInvited' });
  });
});
