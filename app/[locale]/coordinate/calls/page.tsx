import type { Metadata } from 'next';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { CallButton } from '@/components/calls/CallButton';
import { CallForm } from '@/components/calls/CallForm';
import { RecordAnswerForm } from '@/components/calls/RecordAnswerForm';
import { requireCoordinator } from '@/lib/auth/guards';
import { callsNow } from '@/lib/calls/clock';
import { momentInCapitals } from '@/lib/calls/format';
import { listCallsForCoordinators, pillarList, recordableQuestions, upcomingMeetings } from '@/lib/calls/manage-read';
import { Link } from '@/lib/i18n/navigation';
import { localized } from '@/lib/i18n/localized';
import type { Locale } from '@/lib/i18n/routing';
import { toRoman } from '@/lib/record/roman';

type Props = { params: Promise<{ locale: Locale }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params;
  return { title: (await getTranslations({ locale, namespace: 'calls.manage' }))('title'), robots: { index: false } };
}

/** Coordinators' calls: each call's state and answers with the next step it may take, and a form for a new one. */
export default async function ManageCallsPage({ params }: Props) {
  const { locale } = await params;
  setRequestLocale(locale);
  await requireCoordinator(locale, `/${locale}/coordinate/calls`);
  const t = await getTranslations('calls');
  const now = await callsNow();
  const rows = listCallsForCoordinators(now);
  const meetings = upcomingMeetings(now).map((m) => ({ value: m.slug, label: `${localized(m, 'title', locale)} (${m.date})` }));
  const pillars = pillarList().map((p) => ({ value: p.slug, label: `${toRoman(p.number)}. ${localized(p, 'title', locale)}` }));
  const recordable = rows
    .filter((call) => call.state !== 'draft')
    .map((call) => ({ value: call.slug, label: localized(call, 'title', locale) }));
  const questions = recordableQuestions().map((q) => ({
    value: String(q.id),
    label: localized(q, 'text', locale),
    call: q.call,
    pillar: q.pillar,
  }));
  const next = { draft: 'open', open: 'close', closed: 'report', reported: null } as const;
  return (
    <>
      <p className="eyebrow">
        <Link href="/coordinate">{(await getTranslations('triage'))('queueTitle')}</Link>
      </p>
      <h1>{t('manage.title')}</h1>
      <p>{t('manage.intro')}</p>
      {rows.length === 0 ? <p>{t('manage.none')}</p> : null}
      <ul className="cards">
        {rows.map((call) => {
          const move = next[call.current];
          return (
            <li key={call.slug} className="card">
              <h2>
                {call.current === 'draft' ? (
                  localized(call, 'title', locale)
                ) : (
                  <Link href={`/calls/${call.slug}`}>{localized(call, 'title', locale)}</Link>
                )}
              </h2>
              <p>
                <span className="tag">{t(`state.${call.current}`)}</span>{' '}
                {t('manage.closes', { deadline: momentInCapitals(call.closesAt, locale)[0]?.text ?? '' })} ·{' '}
                {t('manage.answers', { count: call.answers })}
              </p>
              {move ? <CallButton call={call.slug} move={move} label={t(`manage.${move}`)} /> : null}
            </li>
          );
        })}
      </ul>
      <h2>{t('manage.new')}</h2>
      <CallForm meetings={meetings} pillars={pillars} />
      {recordable.length > 0 ? (
        <>
          <h2>{t('record.title')}</h2>
          <p>{t('record.intro')}</p>
          <RecordAnswerForm calls={recordable} pillars={pillars} questions={questions} />
        </>
      ) : null}
    </>
  );
}
