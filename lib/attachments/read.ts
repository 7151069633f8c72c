/**
 * Who may see and download which attachment. The public rule is the public view's: the item is in
 * public_recommendations with its full text published (not hidden, not confidential, not summary-only,
 * not a withdrawn text taken down), and the file itself is not hidden; the public name has the item's
 * attachment-name redactions applied. The submitter and the coordinators of the item's pillar see all
 * files with their original names.
 */
import 'server-only';
import { and, asc, eq, isNull } from 'drizzle-orm';
import { getDb } from '@/db/client';
import { attachments, publicRecommendations as pr, recommendations, redactions } from '@/db/schema';
import type { CurrentUser } from '@/lib/auth/current-user';
import { mayActOnPillar } from '@/lib/auth/permissions';
import { applyRedactions } from '@/lib/redaction/apply';

export type PublicAttachment = { id: number; name: string; type: 'pdf' | 'docx' | 'odt'; size: number };

function publicItem(recommendationId: number) {
  return getDb().select({ textKind: pr.textKind, language: pr.language }).from(pr).where(eq(pr.id, recommendationId)).get();
}

function publicName(recommendationId: number, attachmentId: number, name: string, language: 'en' | 'es'): string {
  const active = getDb()
    .select()
    .from(redactions)
    .where(and(eq(redactions.recommendationId, recommendationId), eq(redactions.attachmentId, attachmentId), isNull(redactions.liftedAt)))
    .all();
  return active.length ? applyRedactions(name, active, language) : name;
}

export function listPublicAttachments(recommendationId: number): PublicAttachment[] {
  const item = publicItem(recommendationId);
  if (!item || item.textKind !== 'full') return [];
  return getDb()
    .select()
    .from(attachments)
    .where(and(eq(attachments.recommendationId, recommendationId), isNull(attachments.hiddenAt)))
    .orderBy(asc(attachments.id))
    .all()
    .map((a) => ({ id: a.id, type: a.type, size: a.size, name: publicName(recommendationId, a.id, a.publicName, item.language) }));
}

/** Every file of an item, for its submitter's and its coordinators' pages. */
export function listAllAttachments(recommendationId: number) {
  return getDb().select().from(attachments).where(eq(attachments.recommendationId, recommendationId)).orderBy(asc(attachments.id)).all();
}

/** The file a caller may download, with the name they see, or null: the route answers 404 either way. */
export function attachmentFor(user: CurrentUser | null, attachmentId: number) {
  const db = getDb();
  const file = db.select().from(attachments).where(eq(attachments.id, attachmentId)).get();
  if (!file) return null;
  const item = db
    .select({ submitterId: recommendations.submitterId, pillarId: recommendations.pillarId })
    .from(recommendations)
    .where(eq(recommendations.id, file.recommendationId))
    .get();
  if (!item) return null;
  if (user && (item.submitterId === user.id || mayActOnPillar(user, item.pillarId))) return { file, name: file.publicName };
  const shown = publicItem(file.recommendationId);
  if (!shown || shown.textKind !== 'full' || file.hiddenAt) return null;
  return { file, name: publicName(file.recommendationId, file.id, file.publicName, shown.language) };
}
