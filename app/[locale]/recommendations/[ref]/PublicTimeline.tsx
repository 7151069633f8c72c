import { getFormatter, getLocale, getTranslations } from 'next-intl/server';
import { StatusBadge } from '@/components/StatusBadge';
import { Link } from '@/lib/i18n/navigation';
import { localized } from '@/lib/i18n/localized';
import type { Locale } from '@/lib/i18n/routing';
import type { PublicRecommendation } from '@/lib/public/recommendation';

/** The public part of a recommendation's history, oldest first, each event with its public response. */
export async function PublicTimeline({ events }: { events: PublicRecommendation['timeline'] }) {
  const locale = (await getLocale()) as Locale;
  const t = await getTranslations();
  const format = await getFormatter();
  return (
    <ol className="timeline">
      {events.map((event) => {
        const response = event.responseEn || event.responseEs ? localized(event, 'response', locale) : null;
        const responseLang = (locale === 'en' ? event.responseEn : event.responseEs) ? locale : locale === 'en' ? 'es' : 'en';
        return (
          <li key={event.id} className="timeline__item">
            <p className="timeline__meta">
              <time dateTime={event.at.toISOString()}>{format.dateTime(event.at, { dateStyle: 'long' })}</time>
              <span>{t(`historyKind.${event.kind}`)}</span>
              {event.toStatus && event.kind !== 'position_recorded' ? <StatusBadge status={event.toStatus} /> : null}
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
            {event.kind === 'position_recorded' && event.details.government && event.details.position ? (
              <p>
                {t('publicRecommendation.positionEvent', {
                  government: t(`publicRecommendation.government.${event.details.government as 'us' | 'mx'}`),
                  position: t(`triage.positions.${event.details.position as 'supports' | 'reviewing' | 'does_not_support'}`),
                })}
              </p>
            ) : null}
            {response ? <p lang={responseLang}>{response}</p> : null}
          </li>
        );
      })}
    </ol>
  );
}
