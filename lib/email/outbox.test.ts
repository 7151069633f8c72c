/**
 * Nobody but its recipient may ever use a link in an e-mail: the stored copy of a message keeps no live
 * token once it is delivered (and never in production mode), and administrators, who may read the
 * outbox, see no live link in it.
 */
import { eq } from 'drizzle-orm';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { authTokens, outbox, users } from '@/db/schema';
import { requestPasswordReset } from '@/lib/accounts/password-reset';
import { seedDemoData } from '@/lib/accounts/demo-seed';
import { changeUserAccess } from '@/lib/admin/change-user-access';
import { inviteCoordinator } from '@/lib/admin/invite-coordinator';
import { inviteCoordinatorSchema, userAccessSchema } from '@/lib/admin/schemas';
import { loadUser, type CurrentUser } from '@/lib/auth/current-user';
import { useTemporaryGlobalDatabase } from '@/test/global-database';
import { insertUser } from '@/test/users';
import { deliver } from './send-email';
import { readOutboxMessage } from './outbox';

const sent = vi.hoisted(() => ({ messages: [] as { to: string; text: string }[] }));
vi.mock('nodemailer', () => ({
  default: {
    createTransport: () => ({
      sendMail: async (message: { to: string; text: string }) => {
        sent.messages.push(message);
        return { messageId: 'test' };
      },
    }),
  },
}));

const database = useTemporaryGlobalDatabase();
const LIVE_TOKEN = /token=[A-Za-z0-9_-]{20,}/;
let admin: CurrentUser;

beforeAll(async () => {
  await seedDemoData(database.db());
  admin = loadUser(database.db().select().from(users).where(eq(users.email, 'admin@hled.example')).get()!.id, null)!;
});
afterEach(() => vi.unstubAllEnvs());

const stored = (id: number) => database.db().select().from(outbox).where(eq(outbox.id, id)).get()!;
const person = () => insertUser(database.db(), { passwordHash: 'x', emailVerifiedAt: new Date() });

describe('the outbox', { timeout: 30_000 }, () => {
  it('M6: in production mode keeps no usable link in the stored copy of a reset or invitation e-mail', async () => {
    vi.stubEnv('AUTH_SECRET', 'a-production-secret-of-enough-length-0123456789');
    const user = person();
    const reset = await requestPasswordReset(user.email);
    expect(reset).not.toBeNull();
    expect(stored(reset!.id).bodyText).not.toMatch(LIVE_TOKEN);
    expect(database.db().select().from(authTokens).where(eq(authTokens.userId, user.id)).all()).toHaveLength(1);
    const invited = await inviteCoordinator(
      admin,
      inviteCoordinatorSchema.parse({
        name: 'Rosa Elena Núñez',
        email: 'rosa.nunez@economia.example.gob.mx',
        government: 'mx',
        scope: 'all',
        pillars: [],
        preferredLocale: 'es',
      }),
    );
    expect(invited.ok).toBe(true);
    if (invited.ok) expect(stored(invited.email.id).bodyText).not.toMatch(LIVE_TOKEN);
  });

  it('M6: blanks the links of a message once SMTP has delivered it, and delivers the link itself', async () => {
    vi.stubEnv('SMTP_URL', 'smtp://mail.example.org:25');
    const user = person();
    const reset = await requestPasswordReset(user.email);
    await deliver(reset!);
    expect(sent.messages.at(-1)).toMatchObject({ to: user.email, text: expect.stringMatching(LIVE_TOKEN) });
    expect(stored(reset!.id).sentAt).not.toBeNull();
    expect(stored(reset!.id).bodyText).not.toMatch(LIVE_TOKEN);
  });

  it('M6: shows administrators no live link, in demo mode too, while the recipient still reads theirs', async () => {
    const user = person();
    const reset = await requestPasswordReset(user.email);
    expect(readOutboxMessage(reset!.id, admin, null)!.bodyText).not.toMatch(LIVE_TOKEN);
    const recipient = loadUser(user.id, null)!;
    expect(readOutboxMessage(reset!.id, recipient, null)!.bodyText).toMatch(LIVE_TOKEN);
  });

  it('M6: refuses an administrator who tries to make themselves a coordinator of either government', () => {
    for (const government of ['us', 'mx'] as const) {
      expect(() =>
        changeUserAccess(admin, userAccessSchema.parse({ userId: admin.id, role: 'coordinator', government, scope: 'all' })),
      ).toThrow();
    }
    expect(database.db().select().from(users).where(eq(users.id, admin.id)).get()).toMatchObject({ role: 'admin', government: null });
  });
});
