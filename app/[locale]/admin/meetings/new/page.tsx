import type { Metadata } from 'next';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { requireAdmin } from '@/lib/auth/guards';
import type { Locale } from '@/lib/i18n/routing';
import { AdminTrail } from '../../AdminTrail';
import { meetingKindOptions } from '../kind-options';
import { MeetingForm } from '../MeetingForm';

type Props = { params: Promise<{ locale: Locale }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params;
  return { title: (await getTranslations({ locale, namespace: 'admin' }))('meeting.newTitle'), robots: { index: false } };
}

export default async function NewMeetingPage({ params }: Props) {
  const { locale } = await params;
  setRequestLocale(locale);
  await requireAdmin(locale, `/${locale}/admin/meetings/new`);
  const t = await getTranslations('admin');
  return (
    <div className="narrow">
      <AdminTrail parent={{ href: '/admin/meetings', label: t('meetings.title') }} />
      <h1>{t('meeting.newTitle')}</h1>
      <MeetingForm kinds={await meetingKindOptions()} />
    </div>
  );
}
