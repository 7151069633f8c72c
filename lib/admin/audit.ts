/**
 * The audit log of administrators' changes (db/schema/history.ts `auditEvents`): who changed which user,
 * meeting or setting, when, and from what to what. Written in the same transaction as the change, so a
 * change is never recorded without having happened, nor happens unrecorded.
 */
import { auditEvents } from '@/db/schema';
import type { Tx } from '@/db/types';

export type AuditAction =
  | 'user.invite'
  | 'user.invitation_resent'
  | 'user.access_change'
  | 'user.deactivate'
  | 'user.reactivate'
  | 'meeting.create'
  | 'meeting.update'
  | 'setting.update';

export type AuditObject = { type: 'user' | 'meeting' | 'setting'; id: string | number };

export function recordAudit(tx: Tx, actorId: number, action: AuditAction, object: AuditObject, details: Record<string, unknown> = {}) {
  tx.insert(auditEvents).values({ actorId, action, objectType: object.type, objectId: String(object.id), details }).run();
}
