import 'server-only';
import { callsNow } from '@/lib/calls/clock';
import { momentInCapitals } from '@/lib/calls/format';
import { openCalls } from '@/lib/calls/read';
import { localized } from '@/lib/i18n/localized';
import type { Locale } from '@/lib/i18n/routing';
import type { CallOption } from './CallFields';

/** The open calls as the submission and reaffirm forms offer them, in the reader's language. */
export async function callChoices(locale: Locale): Promise<CallOption[]> {
  return openCalls(await callsNow()).map((call) => ({
    slug: call.slug,
    title: localized(call, 'title', locale),
    deadline: momentInCapitals(call.closesAt, locale)[0]?.text ?? '',
    pillars: call.pillars,
    questions: call.questions.map((q) => ({ id: q.id, pillar: q.pillar, text: localized(q, 'text', locale) })),
  }));
}
