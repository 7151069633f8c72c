import 'server-only';
import { getTranslations } from 'next-intl/server';
import { MEETING_KINDS } from '@/db/vocabulary';

/** The meeting kinds, labelled in the visitor's language, for the meeting form's select. */
export async function meetingKindOptions() {
  const t = await getTranslations('kinds');
  return MEETING_KINDS.map((kind) => ({ value: kind, label: t(kind) }));
}
