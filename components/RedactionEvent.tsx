import { getTranslations } from 'next-intl/server';
import { REDACTION_FIELDS, REDACTION_REASONS } from '@/db/vocabulary';

type Details = { redactedField?: string; redactionReason?: string; redactionReasonText?: string };
const isField = (v: string | undefined): v is (typeof REDACTION_FIELDS)[number] =>
  (REDACTION_FIELDS as readonly string[]).includes(v ?? '');
const isReason = (v: string | undefined): v is (typeof REDACTION_REASONS)[number] =>
  (REDACTION_REASONS as readonly string[]).includes(v ?? '');

/** A redaction in a public history: which text and why, never the words withheld. */
export async function RedactionEvent({ kind, details }: { kind: string; details: Details }) {
  if ((kind !== 'redacted' && kind !== 'redaction_lifted') || !isField(details.redactedField) || !isReason(details.redactionReason))
    return null;
  const t = await getTranslations('papers.redaction');
  const reason =
    details.redactionReason === 'other' && details.redactionReasonText
      ? details.redactionReasonText
      : t(`reasons.${details.redactionReason}`);
  return <p>{t(kind === 'redacted' ? 'eventRedacted' : 'eventLifted', { field: t(`fields.${details.redactedField}`), reason })}</p>;
}
