/**
 * The one door to the audit log (db/schema/history.ts `auditEvents`): administrators' changes, coordinators'
 * changes to the record (initiatives, progress updates) and each person's two-step sign-in settings. Who
 * changed which user, meeting, initiative or setting, when, and from what to what. Written in the same
 * transaction as the change, so a change is never recorded without having happened, nor happens
 * unrecorded. test/architecture/doors.test.ts fails if a row is inserted anywhere else.
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
  | 'setting.update'
  // The record kept by coordinators (lib/record/manage-initiatives.ts); a progress update is filed under its initiative.
  | 'initiative.create'
  | 'initiative.update'
  | 'progress.create'
  // Evidence (lib/record/record-progress.ts, lib/coordinate-csv/import.ts, lib/snapshots/snapshots.ts).
  | 'progress.correct'
  | 'milestone.create'
  | 'milestone.update'
  | 'record.import'
  | 'snapshot.create'
  // Translations of a recommendation's text (lib/translations/store.ts): filed under the recommendation's reference.
  | 'translation.save'
  | 'translation.check'
  | 'translation.machine_draft'
  // Calls for input (lib/calls/manage-calls.ts) and input a coordinator records on someone's behalf.
  | 'call.create'
  | 'call.open'
  | 'call.close'
  | 'call.report'
  | 'call.answer_recorded';

export type AuditObject = { type: 'user' | 'meeting' | 'setting' | 'initiative' | 'recommendation' | 'call'; id: string | number };

export function recordAudit(tx: Tx, actorId: number, action: AuditAction, object: AuditObject, details: Record<string, unknown> = {}) {
  tx.insert(auditEvents)
    .values({ actorId, action, objectType: object.type, objectId: String(object.id), details })
    .run();
}
