import type { Metadata } from 'next';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { Deadline } from '@/components/calls/Deadline';
import { callsNow } from '@/lib/calls/clock';
import { listPublicCalls, type PublicCallSummary } from '@/lib/calls/read';
import { Link } from '@/lib/i18n/navigation';
import { localized } from '@/lib/i18n/localized';
import type { Locale } from '@/lib/i18n/routing';
import { alternates, pageTitle } from '@/lib/public/metadata';

// Rendered per request, not stored: whether a call is open changes at its closing moment, not when
// someone acts, and its answers are counted as they arrive. The reads are a handful of small queries.
export const dynamic = 'force-dynamic';

type Props = { params: Promise<{ locale: Locale }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: 'calls.list' });
  return { title: await pageTitle(locale, t('title')), alternates: alternates(locale, '/calls') };
}

export default async function CallsPage({ params }: Props) {
  const { locale } = await params;
  setRequestLocale(locale);
  const t = await getTranslations('calls');
  const all = listPublicCalls(await callsNow());
  const open = all.filter((call) => call.current === 'open');
  const past = all.filter((call) => call.current !== 'open');
  const card = (call: PublicCallSummary) => (
    <li key={call.slug} className="card">
      <h3>
        <Link href={`/calls/${call.slug}`}>{localized(call, 'title', locale)}</Link>
      </h3>
      <p>
        <span className="tag">{t(`state.${call.current}`)}</span> {call.isSample ? <span className="tag">{t('list.sample')}</span> : null}{' '}
        {t('list.forMeeting', { meeting: locale === 'es' ? call.meetingTitleEs : call.meetingTitleEn })}
      </p>
      <p>
        {call.current === 'open' ? t('list.closes') : t('list.closed')}: <Deadline instant={call.closesAt} locale={locale} />
      </p>
    </li>
  );
  return (
    <>
      <h1>{t('list.title')}</h1>
      <p>{t('list.intro')}</p>
      <section aria-labelledby="open-calls">
        <h2 id="open-calls">{t('list.open')}</h2>
        {open.length ? <ul className="cards">{open.map(card)}</ul> : <p>{t('list.noneOpen')}</p>}
      </section>
      {past.length ? (
        <section aria-labelledby="past-calls">
          <h2 id="past-calls">{t('list.past')}</h2>
          <ul className="cards">{past.map(card)}</ul>
        </section>
      ) : null}
    </>
  );
}
