/**
 * Putting "[redacted: reason]" in place of every withheld passage. Pure, so the public copy, the
 * attachment names and the tests share one rule. Longer passages go first, so a passage inside
 * another cannot leave half of the longer one readable.
 */
import type { RedactionReason } from '@/db/vocabulary';
import type { Locale } from '@/lib/i18n/routing';

export type ActivePassage = { passage: string; reason: RedactionReason; reasonText: string | null };

const REASON_LABELS: Record<Locale, Record<Exclude<RedactionReason, 'other'>, string> & { mark: string }> = {
  en: {
    mark: 'redacted',
    third_party_personal_data: 'personal data of a third party',
    defamation: 'defamation',
    security: 'security',
    commercial_confidentiality: 'commercial confidentiality',
  },
  es: {
    mark: 'testado',
    third_party_personal_data: 'datos personales de un tercero',
    defamation: 'difamación',
    security: 'seguridad',
    commercial_confidentiality: 'confidencialidad comercial',
  },
};

/** "[redacted: defamation]" in the language of the text it stands in. */
export function redactionMark(locale: Locale, reason: RedactionReason, reasonText: string | null): string {
  const labels = REASON_LABELS[locale];
  const why = reason === 'other' ? (reasonText ?? '').trim() || 'other' : labels[reason];
  return `[${labels.mark}: ${why}]`;
}

export function applyRedactions(text: string, passages: readonly ActivePassage[], locale: Locale): string {
  const ordered = [...passages].filter((p) => p.passage.length > 0).sort((a, b) => b.passage.length - a.passage.length);
  let result = text;
  for (const p of ordered) result = result.split(p.passage).join(redactionMark(locale, p.reason, p.reasonText));
  return result;
}
