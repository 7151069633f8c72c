import type { Metadata } from 'next';
import { getFormatter, getTranslations, setRequestLocale } from 'next-intl/server';
import { requireAdmin } from '@/lib/auth/guards';
import { calendarDate, localized } from '@/lib/i18n/localized';
import { Link } from '@/lib/i18n/navigation';
import type { Locale } from '@/lib/i18n/routing';
import { listMeetings } from '@/lib/record/meetings';
import { AdminTrail } from '../AdminTrail';

type Props = { params: Promise<{ locale: Locale }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params;
  return { title: (await getTranslations({ locale, namespace: 'admin' }))('meetings.title'), robots: { index: false } };
}

/** The dialogue's meetings, newest first; each title opens its edit form. */
export default async function AdminMeetingsPage({ params }: Props) {
  const { locale } = await params;
  setRequestLocale(locale);
  await requireAdmin(locale, `/${locale}/admin/meetings`);
  const t = await getTranslations();
  const format = await getFormatter();
  const meetings = listMeetings();
  return (
    <>
      <AdminTrail />
      <h1>{t('admin.meetings.title')}</h1>
      <p>{t('admin.meetings.intro')}</p>
      <p>
        <Link className="button" href="/admin/meetings/new">
          {t('admin.meetings.new')}
        </Link>
      </p>
      <table className="table table--stack">
        <caption className="visually-hidden">{t('admin.meetings.title')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('meeting.date')}</th>
            <th scope="col">{t('admin.meetings.meeting')}</th>
            <th scope="col">{t('meeting.kind')}</th>
            <th scope="col">{t('admin.meetings.publicPage')}</th>
          </tr>
        </thead>
        <tbody>
          {meetings.map((meeting) => (
            <tr key={meeting.id}>
              <td data-label={t('meeting.date')}>
                <time dateTime={meeting.date}>{format.dateTime(calendarDate(meeting.date), { dateStyle: 'medium', timeZone: 'UTC' })}</time>
              </td>
              <th scope="row">
                <Link href={`/admin/meetings/${meeting.slug}`}>{localized(meeting, 'title', locale)}</Link>
              </th>
              <td data-label={t('meeting.kind')}>{t(`kinds.${meeting.kind}`)}</td>
              <td data-label={t('admin.meetings.publicPage')}>
                <Link href={`/meetings/${meeting.slug}`}>/meetings/{meeting.slug}</Link>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </>
  );
}
