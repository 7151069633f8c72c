import { getFormatter, getLocale, getTranslations } from 'next-intl/server';
import { RedactionEvent } from '@/components/RedactionEvent';
import { StatusBadge } from '@/components/StatusBadge';
import { WrittenText } from '@/components/WrittenText';
import { Link } from '@/lib/i18n/navigation';
import { localized } from '@/lib/i18n/localized';
import type { Locale } from '@/lib/i18n/routing';
import { showsStatusBadge } from '@/lib/public/history-display';
import type { PublicRecommendation } from '@/lib/public/recommendation';

type Government = 'us' | 'mx';
const government = (value: string | undefined): Government | 'other' => (value === 'us' || value === 'mx' ? value : 'other');

/** The public part of a recommendation's history, oldest first, each event with its public response. */
/** `original`: the recommendation's language, presumed the responses' original until a person's check says otherwise. */
export async function PublicTimeline({ events, original }: { events: PublicRecommendation['timeline']; original: Locale }) {
  const locale = (await getLocale()) as Locale;
  const t = await getTranslations();
  const format = await getFormatter();
  return (
    <ol className="timeline">
      {events.map((event) => (
        <li key={event.id} className="timeline__item">
          <p className="timeline__meta">
            <time dateTime={event.at.toISOString()}>{format.dateTime(event.at, { dateStyle: 'long' })}</time>
            <span>{t(`historyKind.${event.kind}`)}</span>
            {event.toStatus && showsStatusBadge(event.kind) ? <StatusBadge status={event.toStatus} /> : null}
          </p>
          {event.initiative ? (
            <p>
              {t(event.kind === 'unlinked' ? 'publicRecommendation.unlinkedFrom' : 'publicRecommendation.linkedTo')}{' '}
              <Link href={`/initiatives/${event.initiative.slug}`}>{localized(event.initiative, 'title', locale)}</Link>
            </p>
          ) : null}
          {event.details.into ? (
            <p>
              <Link href={`/recommendations/${event.details.into}`}>{event.details.into}</Link>
            </p>
          ) : null}
          {event.kind === 'status_confirmed' && event.toStatus && (event.details.markedBy || event.details.confirmedBy) ? (
            <p>
              {t('publicRecommendation.confirmationEvent', {
                marked: government(event.details.markedBy),
                confirmed: government(event.details.confirmedBy),
                status: t(`status.${event.toStatus}`),
              })}
            </p>
          ) : null}
          {event.kind === 'position_recorded' && event.details.government && event.details.position ? (
            <p>
              {t('publicRecommendation.positionEvent', {
                government: t(`publicRecommendation.government.${event.details.government as Government}`),
                position: t(`triage.positions.${event.details.position as 'supports' | 'reviewing' | 'does_not_support'}`),
              })}
            </p>
          ) : null}
          <RedactionEvent kind={event.kind} details={event.details} />
          <WrittenText
            written={{ en: event.responseEn, es: event.responseEs }}
            what={event.kind === 'position_recorded' ? 'note' : event.kind === 'linked' ? 'explanation' : 'response'}
            translation={{ presumedOriginal: original, check: event.check }}
          />
        </li>
      ))}
    </ol>
  );
}
