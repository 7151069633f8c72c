import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { Notice } from '@/components/Notice';
import { meetingForEditing } from '@/lib/admin/meetings';
import { requireAdmin } from '@/lib/auth/guards';
import { localized } from '@/lib/i18n/localized';
import type { Locale } from '@/lib/i18n/routing';
import { AdminTrail } from '../../AdminTrail';
import { meetingKindOptions } from '../kind-options';
import { MeetingForm } from '../MeetingForm';
import { SnapshotLinks } from '@/components/SnapshotLinks';
import { snapshotOf } from '@/lib/snapshots/snapshots';
import { PublishSnapshot } from './PublishSnapshot';

type Props = {
  params: Promise<{ locale: Locale; slug: string }>;
  searchParams: Promise<{ created?: string | string[]; saved?: string | string[] }>;
};

export const metadata: Metadata = { robots: { index: false } };

export default async function EditMeetingPage({ params, searchParams }: Props) {
  const { locale, slug } = await params;
  setRequestLocale(locale);
  await requireAdmin(locale, `/${locale}/admin/meetings/${slug}`);
  const meeting = meetingForEditing(slug);
  if (!meeting) notFound();
  // Set by the form when it moved here: after adding the meeting, or after changing its slug.
  const { created, saved } = await searchParams;
  const t = await getTranslations('admin');
  const snapshot = snapshotOf(meeting.id);
  return (
    <div className="narrow">
      <AdminTrail parent={{ href: '/admin/meetings', label: t('meetings.title') }} />
      <h1>{t('meeting.editTitle', { title: localized(meeting, 'title', locale) })}</h1>
      {created ? (
        <Notice tone="success">{t('meeting.created')}</Notice>
      ) : saved ? (
        <Notice tone="success">{t('meeting.saved')}</Notice>
      ) : null}
      <MeetingForm
        kinds={await meetingKindOptions()}
        editing={{
          meetingId: meeting.id,
          values: {
            slug: meeting.slug,
            date: meeting.date,
            kind: meeting.kind,
            titleEn: meeting.titleEn,
            titleEs: meeting.titleEs,
            placeEn: meeting.placeEn ?? '',
            placeEs: meeting.placeEs ?? '',
            summaryEn: meeting.summaryEn,
            summaryEs: meeting.summaryEs,
            usLeads: meeting.usLeads.join('\n'),
            mxLeads: meeting.mxLeads.join('\n'),
            usLeadsEs: meeting.usLeadsEs.join('\n'),
            mxLeadsEs: meeting.mxLeadsEs.join('\n'),
          },
        }}
      />
      <section aria-labelledby="snapshot-heading">
        <h2 id="snapshot-heading">{(await getTranslations('evidence.snapshots'))('heading')}</h2>
        {snapshot ? <SnapshotLinks snapshot={snapshot} /> : <PublishSnapshot meeting={meeting.slug} />}
      </section>
    </div>
  );
}
