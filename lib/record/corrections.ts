/**
 * The correction notes shown beside a corrected item of the record, like a newspaper's: what the item said
 * and why it changed, dated, with the source line it follows. Only corrections this database actually
 * carries (applied, or already correct when it was seeded) and meant for this language's readers.
 */
import 'server-only';
import { and, asc, eq, inArray } from 'drizzle-orm';
import { getDb } from '@/db/client';
import { recordCorrections, sources } from '@/db/schema';
import { type CorrectionTarget } from '@/db/vocabulary';
import { cachedUntilPublicChange } from '@/lib/cache';
import type { Locale } from '@/lib/i18n/routing';

export type CorrectionNote = {
  id: number;
  correctedOn: string;
  noteEn: string;
  noteEs: string;
  quote: string | null;
  source: { titleEn: string; titleEs: string } | null;
};

export function correctionNotes(kind: CorrectionTarget, ids: number[], locale: Locale): Map<number, CorrectionNote[]> {
  const unique = [...new Set(ids)].sort((a, b) => a - b);
  if (unique.length === 0) return new Map();
  return cachedUntilPublicChange(`corrections:${kind}:${locale}:${unique.join(',')}`, () => {
    const rows = getDb()
      .select({
        targetId: recordCorrections.targetId,
        id: recordCorrections.id,
        correctedOn: recordCorrections.correctedOn,
        noteEn: recordCorrections.noteEn,
        noteEs: recordCorrections.noteEs,
        quote: recordCorrections.sourceQuote,
        languages: recordCorrections.languages,
        source: { titleEn: sources.titleEn, titleEs: sources.titleEs },
      })
      .from(recordCorrections)
      .leftJoin(sources, eq(sources.id, recordCorrections.sourceId))
      .where(
        and(
          eq(recordCorrections.targetKind, kind),
          inArray(recordCorrections.targetId, unique),
          eq(recordCorrections.isPublic, true),
          inArray(recordCorrections.outcome, ['applied', 'already_correct']),
          inArray(recordCorrections.languages, [locale, 'both']),
        ),
      )
      .orderBy(asc(recordCorrections.correctedOn), asc(recordCorrections.id))
      .all();
    const notes = new Map<number, CorrectionNote[]>();
    for (const { targetId, languages: _languages, source, ...note } of rows) {
      const list = notes.get(targetId) ?? [];
      list.push({ ...note, source: source?.titleEn ? source : null });
      notes.set(targetId, list);
    }
    return notes;
  });
}
