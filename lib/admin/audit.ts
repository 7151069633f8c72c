/**
 * The audit log of administrators' changes and of each person's two-step sign-in settings
 * (db/schema/history.ts `auditEvents`): who changed which user, meeting or setting, when, and from what to
 * what. Written in the same transaction as the change, so a change is never recorded without having
 * happened, nor happens unrecorded.
 */
import { auditEvents } from '@/db/schema';
import type { Tx } from '@/db/types';

export type AuditAction =
  | 'user.invite'
  | 'user.invitation_resent'
  | 'user.access_change'
  | 'user.deactivate'
  | 'user.reactivate'
  // Two-step sign-in (lib/auth/mfa.ts): the actor is the person themselves, or the administrator who reset it.
  | 'user.mfa_enabled'
  | 'user.mfa_disabled'
  | 'user.mfa_recovery_codes_renewed'
  | 'user.mfa_recovery_code_used'
  // The person deleted their own account (lib/accounts/delete-account.ts).
  | 'user.delete'
  | 'meeting.create'
  | 'meeting.update'
  | 'setting.update';

export type AuditObject = { type: 'user' | 'meeting' | 'setting'; id: string | number };

export function recordAudit(tx: Tx, actorId: number, action: AuditAction, object: AuditObject, details: Record<string, unknown> = {}) {
  tx.insert(auditEvents).values({ actorId, action, objectType: object.type, objectId: String(object.id), details }).run();
}
