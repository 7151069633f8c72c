/**
 * What a signed-in person may do, decided from the database's view of them (lib/auth/current-user.ts).
 * One place for the rules, used by every triage page, action and query (ASVS 4.1.1, 4.2.1).
 */
import { inArray, sql, type SQL } from 'drizzle-orm';
import { recommendations } from '@/db/schema';
import type { CurrentUser } from './current-user';

export function mayTriage(user: CurrentUser | null): boolean {
  return user !== null && (user.role === 'coordinator' || user.role === 'admin');
}

/** Administrators and all-pillar coordinators act everywhere; a scoped coordinator on their pillars only. */
export function mayActOnPillar(user: CurrentUser, pillarId: number): boolean {
  if (user.role === 'admin') return true;
  if (user.role !== 'coordinator') return false;
  return user.allPillars || user.pillarIds.includes(pillarId);
}

/** The same rule as a query condition on recommendations. */
export function pillarScope(user: CurrentUser): SQL {
  if (user.role === 'admin' || (user.role === 'coordinator' && user.allPillars)) return sql`1 = 1`;
  if (user.role !== 'coordinator' || user.pillarIds.length === 0) return sql`1 = 0`;
  return inArray(recommendations.pillarId, user.pillarIds);
}

/** A name for the caller's pillar scope, for answers cached per scope (two callers with the same scope see the same). */
export function pillarScopeKey(user: CurrentUser): string {
  if (user.role === 'admin' || (user.role === 'coordinator' && user.allPillars)) return 'all';
  if (user.role !== 'coordinator' || user.pillarIds.length === 0) return 'none';
  return [...user.pillarIds].sort((a, b) => a - b).join(',');
}

/** Only a government's own coordinators speak for it: its position, its confirmation. */
export function speaksFor(user: CurrentUser): 'us' | 'mx' | null {
  return user.role === 'coordinator' ? user.government : null;
}
