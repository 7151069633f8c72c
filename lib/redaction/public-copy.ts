/**
 * Keeps `redacted_texts`, the public copy of one recommendation's texts, in step with its active
 * redactions. Called in the same transaction as every change to a redaction or to the texts it covers
 * (a redaction, its lifting, the submitter's edit), so the view and the search index never show a
 * withheld passage, not even between two statements.
 */
import { and, eq, isNull } from 'drizzle-orm';
import { recommendations, recommendationTranslations, redactedTexts, redactions } from '@/db/schema';
import type { RedactionField } from '@/db/vocabulary';
import type { Tx } from '@/db/types';
import { applyRedactions, type ActivePassage } from './apply';

type TextField = Exclude<RedactionField, 'attachment_name'>;

export function activePassages(tx: Tx, recommendationId: number) {
  return tx
    .select()
    .from(redactions)
    .where(and(eq(redactions.recommendationId, recommendationId), isNull(redactions.liftedAt)))
    .all();
}

export function refreshPublicCopy(tx: Tx, recommendationId: number): void {
  const r = tx.select().from(recommendations).where(eq(recommendations.id, recommendationId)).get();
  if (!r) return;
  const active = activePassages(tx, recommendationId);
  const of = (field: TextField): ActivePassage[] => active.filter((a) => a.field === field);
  const changed = <T extends string | null>(original: T, field: TextField, locale = r.language): string | null => {
    if (original === null || of(field).length === 0) return null;
    const copy = applyRedactions(original, of(field), locale);
    return copy === original ? null : copy;
  };
  const translation = tx
    .select()
    .from(recommendationTranslations)
    .where(eq(recommendationTranslations.recommendationId, recommendationId))
    .all()
    .find((t) => t.locale !== r.language);
  const topics = of('topics').length > 0 ? r.topics.map((topic) => applyRedactions(topic, of('topics'), r.language)) : null;
  const copy = {
    title: changed(r.title, 'title'),
    body: changed(r.body, 'body'),
    // A name in the text is the same name in its translation: the text's redactions cover both.
    translationTitle: translation ? changed(translation.title, 'title', translation.locale) : null,
    translationBody: translation ? changed(translation.body, 'body', translation.locale) : null,
    summaryEn: changed(r.publicSummaryEn, 'summary_en', 'en'),
    summaryEs: changed(r.publicSummaryEs, 'summary_es', 'es'),
    topics: topics && topics.some((topic, i) => topic !== r.topics[i]) ? topics : null,
  };
  const existing = tx.select().from(redactedTexts).where(eq(redactedTexts.recommendationId, recommendationId)).get();
  if (Object.values(copy).every((value) => value === null)) {
    if (existing) tx.delete(redactedTexts).where(eq(redactedTexts.recommendationId, recommendationId)).run();
    return;
  }
  tx.insert(redactedTexts)
    .values({ recommendationId, ...copy })
    .onConflictDoUpdate({ target: redactedTexts.recommendationId, set: copy })
    .run();
}
