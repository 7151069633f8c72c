import type { Metadata } from 'next';
import { alternates } from '@/lib/public/metadata';
import { getFormatter, getTranslations, setRequestLocale } from 'next-intl/server';
import { Link } from '@/lib/i18n/navigation';
import { calendarDate, localized } from '@/lib/i18n/localized';
import type { Locale } from '@/lib/i18n/routing';
import { listMeetings } from '@/lib/record/meetings';

// Stored: changed only by administrators' actions, which replace it at once (lib/page-store/stored-pages.ts);
// the time limit only bounds anything changed outside the app.
export const revalidate = 300;

type Props = { params: Promise<{ locale: Locale }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: 'meeting' });
  return { title: t('listTitle'), alternates: alternates(locale, '/meetings') };
}

export default async function MeetingsPage({ params }: Props) {
  const { locale } = await params;
  setRequestLocale(locale);
  const t = await getTranslations();
  const format = await getFormatter();
  return (
    <>
      <h1>{t('meeting.listTitle')}</h1>
      <p className="lead">{t('meeting.listIntro')}</p>
      <ol className="card-list">
        {listMeetings().map((meeting) => (
          <li key={meeting.id} className="card">
            <p className="card__eyebrow">
              <time dateTime={meeting.date}>{format.dateTime(calendarDate(meeting.date), { dateStyle: 'long', timeZone: 'UTC' })}</time> ·{' '}
              {t(`kinds.${meeting.kind}`)}
            </p>
            <h2 className="card__title">
              <Link href={`/meetings/${meeting.slug}`}>{localized(meeting, 'title', locale)}</Link>
            </h2>
            <p>{localized(meeting, 'summary', locale)}</p>
          </li>
        ))}
      </ol>
    </>
  );
}
