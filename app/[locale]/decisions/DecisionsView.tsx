import type { Metadata } from 'next';
import { getFormatter, getTranslations } from 'next-intl/server';
import { MeetingSelect, PillarSelect } from '@/components/public/RecordSelects';
import { RedactionEvent } from '@/components/RedactionEvent';
import { StatusBadge } from '@/components/StatusBadge';
import { TextStateTag } from '@/components/TextStateTag';
import { WrittenText } from '@/components/WrittenText';
import { Link } from '@/lib/i18n/navigation';
import type { Locale } from '@/lib/i18n/routing';
import { alternates } from '@/lib/public/metadata';
import { listPublicDecisions } from '@/lib/public/decisions';
import { displayText, placeholderTitleKey } from '@/lib/public/display';
import { listMeetings } from '@/lib/record/meetings';
import { listPillarRecords } from '@/lib/record/pillars';
import { toRoman } from '@/lib/record/roman';
import { WithReferences } from '@/components/Reference';

export type Query = Record<string, string | string[] | undefined>;

const PAGE_SIZE = 50;
const single = (value: string | string[] | undefined) => (Array.isArray(value) ? value[0] : value) || undefined;

/** The page's title and alternates, the same with a query or without. */
export async function decisionsMetadata(locale: Locale): Promise<Metadata> {
  const t = await getTranslations({ locale, namespace: 'decisions' });
  return { title: t('title'), description: t('intro'), alternates: alternates(locale, '/decisions') };
}

/**
 * The public log of decisions across all recommendations, newest first, paged by a cursor in the
 * address. The first page is stored (./page.tsx); a filtered or older page is rendered per request
 * (./filtered/page.tsx, where next.config.js sends addresses with a query).
 */
export async function DecisionsView({ locale, query }: { locale: Locale; query: Query }) {
  const pillars = listPillarRecords();
  const meetings = listMeetings();
  // Values that name nothing are dropped, so an old or hand-edited link still opens.
  const pillar = pillars.find((p) => p.slug === single(query.pillar))?.slug;
  const meeting = meetings.find((m) => m.slug === single(query.meeting))?.slug;
  const log = listPublicDecisions({ limit: PAGE_SIZE, before: single(query.before), pillar, meeting });
  if ('unknown' in log) throw new Error(`unknown ${log.unknown}`);
  const t = await getTranslations();
  const format = await getFormatter();
  const keep = new URLSearchParams({ ...(pillar ? { pillar } : {}), ...(meeting ? { meeting } : {}) });
  return (
    <>
      <h1>{t('decisions.title')}</h1>
      <p className="lead">{t('decisions.intro')}</p>
      <p>
        <a href={`/feed.xml${locale === 'es' ? '?locale=es' : ''}`}>{t('decisions.feed')}</a>
      </p>
      <form method="get" className="filters filters--inline">
        <PillarSelect label={t('decisions.pillar')} anyLabel={t('decisions.any')} options={pillars} value={pillar} locale={locale} />
        <MeetingSelect label={t('decisions.meeting')} anyLabel={t('decisions.any')} options={meetings} value={meeting} locale={locale} />
        <div className="filters__actions">
          <button type="submit">{t('decisions.show')}</button>
        </div>
      </form>

      {log.decisions.length === 0 ? <p>{t('decisions.none')}</p> : null}
      <ol className="timeline">
        {log.decisions.map((decision) => {
          const r = decision.recommendation;
          const text = displayText({ ...r, body: null, translationBody: null }, locale);
          const title = text.kind === 'full' ? text.title : t(placeholderTitleKey(text.kind), { ref: r.ref });
          return (
            <li key={decision.id} className="timeline__item">
              <p className="timeline__meta">
                <time dateTime={decision.at.toISOString()}>{format.dateTime(decision.at, { dateStyle: 'long' })}</time>
                <span>{t(`historyKind.${decision.kind}`)}</span>
                {decision.toStatus && decision.kind !== 'position_recorded' ? <StatusBadge status={decision.toStatus} /> : null}
              </p>
              <p>
                <Link href={`/recommendations/${r.ref}`}>
                  <span className="ref">{r.ref}</span>
                </Link>{' '}
                · {t('pillar.label', { number: toRoman(r.pillar.number) })} ·{' '}
                <span lang={text.kind === 'full' ? text.lang : undefined}>
                  <WithReferences text={title} />
                </span>
                {text.kind === 'full' ? (
                  <>
                    {' '}
                    <TextStateTag text={text} checkedAt={r.translationCheckedAt} />
                  </>
                ) : null}
              </p>
              <RedactionEvent kind={decision.kind} details={decision.details} />
              <WrittenText
                written={{ en: decision.responseEn, es: decision.responseEs }}
                what={decision.kind === 'position_recorded' ? 'note' : decision.kind === 'linked' ? 'explanation' : 'response'}
                translation={{ presumedOriginal: r.language, check: decision.check }}
              />
            </li>
          );
        })}
      </ol>
      <nav aria-label={t('register.pagination')} className="pagination">
        {query.before ? <Link href={`/decisions${keep.size ? `?${keep}` : ''}`}>{t('decisions.newest')}</Link> : null}
        {log.next ? (
          <Link href={`/decisions?${new URLSearchParams({ ...Object.fromEntries(keep), before: log.next })}`}>{t('decisions.older')}</Link>
        ) : null}
      </nav>
    </>
  );
}
