/**
 * Changing what a user may do: their role, and for a coordinator the government they speak for and the
 * pillars they act on. Permissions are read from the database on every request (lib/auth/current-user.ts),
 * so the change applies to the person's very next click without ending their session.
 */
import 'server-only';
import { eq } from 'drizzle-orm';
import { getDb } from '@/db/client';
import { users } from '@/db/schema';
import type { CurrentUser } from '@/lib/auth/current-user';
import { logEvent } from '@/lib/log';
import { Refusal } from '@/lib/refusal';
import { recordAudit } from '@/lib/audit';
import { pillarIdsForSlugs, replaceScopedPillars, scopedPillarSlugs } from './pillar-scope';
import type { UserAccessInput } from './schemas';

type Access = { role: UserAccessInput['role']; government: 'us' | 'mx' | null; allPillars: boolean; pillars: string[] };

/** What the form asks for, made consistent: only a coordinator has a government and a pillar list. */
function accessFrom(input: UserAccessInput): Access {
  if (input.role === 'coordinator') {
    const allPillars = input.scope === 'all';
    return { role: 'coordinator', government: input.government, allPillars, pillars: allPillars ? [] : input.pillars };
  }
  // Administrators act on every pillar (lib/auth/permissions.ts); stakeholders on none.
  return { role: input.role, government: null, allPillars: input.role === 'admin', pillars: [] };
}

export function changeUserAccess(actor: CurrentUser, input: UserAccessInput): void {
  const next = accessFrom(input);
  // An administrator cannot lock themselves out; another administrator must do it, so one always remains.
  if (input.userId === actor.id && next.role !== 'admin') throw new Refusal('cannotDemoteSelf');
  getDb().transaction(
    (tx) => {
      const user = tx.select().from(users).where(eq(users.id, input.userId)).get();
      if (!user) throw new Refusal('userNotFound');
      const before: Access = {
        role: user.role,
        government: user.government,
        allPillars: user.allPillars,
        pillars: scopedPillarSlugs(tx, user.id),
      };
      const pillarIds = pillarIdsForSlugs(tx, next.pillars);
      tx.update(users)
        .set({ role: next.role, government: next.government, allPillars: next.allPillars, updatedAt: new Date() })
        .where(eq(users.id, user.id))
        .run();
      replaceScopedPillars(tx, user.id, pillarIds);
      recordAudit(tx, actor.id, 'user.access_change', { type: 'user', id: user.id }, { before, after: next });
    },
    { behavior: 'immediate' },
  );
  logEvent('admin.user_access_changed', { actorId: actor.id, userId: input.userId, role: next.role, government: next.government });
}
