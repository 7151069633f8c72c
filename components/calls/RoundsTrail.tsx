import { getFormatter, getTranslations } from 'next-intl/server';
import { StatusBadge } from '@/components/StatusBadge';
import type { RecommendationStatus } from '@/db/vocabulary';
import { roundsTrail } from '@/lib/calls/read';
import { Link } from '@/lib/i18n/navigation';
import { calendarDate } from '@/lib/i18n/localized';
import type { Locale } from '@/lib/i18n/routing';

/**
 * A recommendation's trail across the dialogue's rounds: raised (in a call, or before a meeting for the
 * seeded record) → reaffirmed in later calls → reported at a meeting → its status now. Update notes stay
 * with the submitter: the public page shows only what the consent level already shows.
 */
export async function RoundsTrail({
  recommendationId,
  status,
  locale,
}: {
  recommendationId: number;
  status: RecommendationStatus;
  locale: Locale;
}) {
  const rounds = roundsTrail(recommendationId);
  if (rounds.length === 0) return null;
  const t = await getTranslations('calls.trail');
  const format = await getFormatter();
  const es = locale === 'es';
  const day = (round: (typeof rounds)[number]) =>
    round.at
      ? format.dateTime(round.at, { dateStyle: 'long', timeZone: 'America/Mexico_City' })
      : format.dateTime(calendarDate(round.meetingDate), { dateStyle: 'long', timeZone: 'UTC' });
  return (
    <section aria-labelledby="rounds-heading">
      <h2 id="rounds-heading">{t('title')}</h2>
      <ol className="trail">
        {rounds.map((round) => {
          const meetingTitle = es ? round.meetingTitleEs : round.meetingTitleEn;
          const meeting = (chunks: React.ReactNode) => <Link href={`/meetings/${round.meetingSlug}`}>{chunks}</Link>;
          const call = (chunks: React.ReactNode) => <Link href={`/calls/${round.callSlug}`}>{chunks}</Link>;
          const callTitle = (es ? round.callTitleEs : round.callTitleEn) ?? '';
          return (
            <li key={`${round.role}-${round.meetingSlug}-${round.callSlug ?? ''}`}>
              {round.role === 'reported'
                ? t.rich('reported', { title: meetingTitle, meeting })
                : round.callSlug
                  ? t.rich(round.role, { title: callTitle, call })
                  : t.rich('raisedRecord', { title: meetingTitle, meeting })}{' '}
              ({day(round)}){round.channel === 'meeting' || round.channel === 'letter' ? <> · {t(`received.${round.channel}`)}</> : null}
            </li>
          );
        })}
        <li>
          {t('status')}
          <StatusBadge status={status} />
        </li>
      </ol>
    </section>
  );
}
