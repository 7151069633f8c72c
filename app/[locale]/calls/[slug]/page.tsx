import type { Metadata } from 'next';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { CallOutcome } from '@/components/calls/CallOutcome';
import { Deadline } from '@/components/calls/Deadline';
import { MissingPage } from '@/components/public/NotFound';
import { Notice } from '@/components/Notice';
import { SourceCitation } from '@/components/SourceCitation';
import { callsNow } from '@/lib/calls/clock';
import { momentInCapitals } from '@/lib/calls/format';
import { getPublicCall } from '@/lib/calls/read';
import { Link } from '@/lib/i18n/navigation';
import { localized } from '@/lib/i18n/localized';
import type { Locale } from '@/lib/i18n/routing';
import { alternates, missingPageMetadata, pageTitle } from '@/lib/public/metadata';
import { toRoman } from '@/lib/record/roman';

// Per request, like the list of calls (app/[locale]/calls/page.tsx): the state follows the clock and the counts the answers.
export const dynamic = 'force-dynamic';

type Props = { params: Promise<{ locale: Locale; slug: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale, slug } = await params;
  const data = getPublicCall(slug, new Date());
  if (!data) return missingPageMetadata(locale);
  return { title: await pageTitle(locale, localized(data.call, 'title', locale)), alternates: alternates(locale, `/calls/${slug}`) };
}

export default async function CallPage({ params }: Props) {
  const { locale, slug } = await params;
  setRequestLocale(locale);
  const data = getPublicCall(slug, await callsNow());
  if (!data) return <MissingPage />;
  const t = await getTranslations();
  const c = await getTranslations('calls');
  const { call, meeting } = data;
  return (
    <article>
      <p className="eyebrow">
        <Link href="/calls">{c('detail.eyebrow')}</Link>
      </p>
      <h1>{localized(call, 'title', locale)}</h1>
      {call.isSample ? <Notice tone="info">{c('detail.sampleNotice')}</Notice> : null}
      <dl className="facts">
        <div>
          <dt>{c('detail.state')}</dt>
          <dd>
            <span className="tag">{c(`state.${call.current}`)}</span>
          </dd>
        </div>
        <div>
          <dt>{c('detail.meeting')}</dt>
          <dd>
            <Link href={`/meetings/${meeting.slug}`}>{localized(meeting, 'title', locale)}</Link> ({meeting.date})
          </dd>
        </div>
        <div>
          <dt>{c('detail.deadline')}</dt>
          <dd>
            <Deadline instant={call.closesAt} locale={locale} />
          </dd>
        </div>
        <div>
          <dt>{c('detail.pillars')}</dt>
          <dd>
            {data.pillars.map((p, i) => (
              <span key={p.slug}>
                {i > 0 ? ', ' : ''}
                <Link href={`/pillars/${p.slug}`}>
                  {t('pillar.label', { number: toRoman(p.number) })}: {localized(p, 'title', locale)}
                </Link>
              </span>
            ))}
          </dd>
        </div>
      </dl>
      {localized(call, 'intro', locale)
        .split(/\n{2,}/)
        .map((paragraph, i) => (
          <p key={i}>{paragraph}</p>
        ))}
      {call.current === 'open' ? (
        <p>
          <Link className="button" href={{ pathname: '/submit', query: { call: call.slug } }}>
            {c('detail.answer')}
          </Link>{' '}
          <span className="field__hint">{c('detail.answerHint')}</span>
        </p>
      ) : (
        <p>{c('detail.closedNotice', { mexico: momentInCapitals(call.closesAt, locale)[0]?.text ?? '' })}</p>
      )}
      {call.current === 'reported' ? (
        <p>
          <Link href={`/meetings/${meeting.slug}`}>{c('detail.factSheet', { meeting: localized(meeting, 'title', locale) })}</Link>
        </p>
      ) : null}
      <CallOutcome data={data} locale={locale} />
      {data.source ? (
        <p>
          <SourceCitation source={data.source} />
        </p>
      ) : null}
    </article>
  );
}
