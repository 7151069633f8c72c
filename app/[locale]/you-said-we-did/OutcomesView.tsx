import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { MeetingSelect } from '@/components/public/RecordSelects';
import { StatusBadge } from '@/components/StatusBadge';
import { TextStateTag } from '@/components/TextStateTag';
import { WrittenText } from '@/components/WrittenText';
import { Link } from '@/lib/i18n/navigation';
import { localized } from '@/lib/i18n/localized';
import type { Locale } from '@/lib/i18n/routing';
import { alternates } from '@/lib/public/metadata';
import { displayText, excerpt, publicSubmitter } from '@/lib/public/display';
import { listOutcomes } from '@/lib/public/outcomes';
import { listMeetings } from '@/lib/record/meetings';
import { toRoman } from '@/lib/record/roman';
import { WithReferences } from '@/components/Reference';

export type Query = { meeting?: string | string[]; pillar?: string | string[]; page?: string | string[] };

const first = (value: string | string[] | undefined) => (Array.isArray(value) ? value[0] : value);

/** The page's title and alternates, the same with a query or without. */
export async function outcomesMetadata(locale: Locale): Promise<Metadata> {
  const t = await getTranslations({ locale, namespace: 'youSaidWeDid' });
  return { title: t('title'), description: t('intro'), alternates: alternates(locale, '/you-said-we-did') };
}

/**
 * What stakeholders recommended and what the governments did, by pillar. All meetings is a stored page
 * (./page.tsx); one meeting's view is rendered per request (./filtered/page.tsx, where next.config.js
 * sends addresses with a query).
 */
export async function OutcomesView({ locale, query }: { locale: Locale; query: Query }) {
  const meetings = listMeetings();
  const meeting = meetings.find((m) => m.slug === first(query.meeting))?.slug;
  const page = Number(first(query.page));
  let pillar = first(query.pillar) || undefined;
  let groups = listOutcomes(meeting, { pillar, page: Number.isInteger(page) && page > 0 ? page : 1 });
  // A link to a pillar that no longer exists opens the page of all pillars.
  if ('unknown' in groups) {
    pillar = undefined;
    groups = listOutcomes(meeting);
  }
  const t = await getTranslations();
  if ('unknown' in groups) throw new Error('a listed meeting was not found');
  const address = (more: Record<string, string | number>) => {
    const params = new URLSearchParams(Object.entries({ ...(meeting ? { meeting } : {}), ...more }).map(([k, v]) => [k, String(v)]));
    const text = params.toString();
    return `/you-said-we-did${text ? `?${text}` : ''}`;
  };
  return (
    <>
      <h1>{t('youSaidWeDid.title')}</h1>
      <p className="lead">{t('youSaidWeDid.intro')}</p>
      <form method="get" className="filters filters--inline">
        <MeetingSelect
          label={t('youSaidWeDid.meeting')}
          anyLabel={t('youSaidWeDid.allMeetings')}
          options={meetings}
          value={meeting}
          locale={locale}
        />
        {pillar ? <input type="hidden" name="pillar" value={pillar} /> : null}
        <div className="filters__actions">
          <button type="submit">{t('youSaidWeDid.show')}</button>
        </div>
      </form>
      {pillar ? (
        <p>
          <Link href={address({})}>{t('perf.outcomesAllPillars')}</Link>
        </p>
      ) : null}
      {groups.length === 0 ? <p>{t('youSaidWeDid.none')}</p> : null}
      {groups.map(({ pillar: group, outcomes, total, page: shown, pages }) => (
        <section key={group.slug} aria-labelledby={`pillar-${group.slug}`}>
          <h2 id={`pillar-${group.slug}`}>
            {t('pillar.label', { number: toRoman(group.number) })}:{' '}
            <Link href={`/pillars/${group.slug}`}>{localized(group, 'title', locale)}</Link>{' '}
            <span className="muted">({t('youSaidWeDid.count', { count: total })})</span>
          </h2>
          <ul className="card-list">
            {outcomes.map(({ item, response, initiatives, implementedMeeting }) => {
              const text = displayText(item, locale);
              const who = publicSubmitter(item);
              return (
                <li key={item.ref} className="card said-did">
                  <div>
                    <h3 className="said-did__label">{t('youSaidWeDid.youSaid')}</h3>
                    <p className="card__eyebrow">
                      <span className="ref">{item.ref}</span>
                    </p>
                    {text.kind === 'full' ? (
                      <p lang={text.lang}>
                        <strong>{text.title}</strong> <TextStateTag text={text} checkedAt={item.translationCheckedAt} />{' '}
                        {excerpt(text.body, 200)}
                      </p>
                    ) : (
                      <p>
                        {text.kind === 'summary' && text.summary ? (
                          excerpt(text.summary, 200)
                        ) : (
                          <WithReferences text={t('register.summaryTitle', { ref: item.ref })} />
                        )}
                      </p>
                    )}
                    {who ? <p className="muted">{t('youSaidWeDid.submittedBy', { who })}</p> : null}
                    <Link href={`/recommendations/${item.ref}`}>
                      <WithReferences text={t('youSaidWeDid.readMore', { ref: item.ref })} />
                    </Link>
                  </div>
                  <div>
                    <h3 className="said-did__label">{t('youSaidWeDid.weDid')}</h3>
                    <p>
                      <StatusBadge status={item.status} />
                    </p>
                    {response ? (
                      <WrittenText written={response} translation={{ presumedOriginal: item.language, check: response.check }} />
                    ) : (
                      <p>{t('youSaidWeDid.noResponse')}</p>
                    )}
                    {initiatives.length > 0 ? (
                      <p>
                        {t('youSaidWeDid.through')}{' '}
                        {initiatives.map((initiative, i) => (
                          <span key={initiative.slug}>
                            {i > 0 ? ', ' : null}
                            <Link href={`/initiatives/${initiative.slug}`}>{localized(initiative, 'title', locale)}</Link>
                          </span>
                        ))}
                      </p>
                    ) : null}
                    {implementedMeeting ? (
                      <p>
                        <Link href={`/meetings/${implementedMeeting.slug}`}>
                          {t('youSaidWeDid.reportedAt', { meeting: localized(implementedMeeting, 'title', locale) })}
                        </Link>
                      </p>
                    ) : null}
                  </div>
                </li>
              );
            })}
          </ul>
          {!pillar && total > outcomes.length ? (
            <p>
              <Link href={address({ pillar: group.slug })}>{t('perf.outcomesSeeAll', { count: total })}</Link>
            </p>
          ) : null}
          {pillar && pages > 1 ? (
            <nav aria-label={t('perf.outcomesPagination')} className="pagination">
              {shown > 1 ? <Link href={address({ pillar: group.slug, page: shown - 1 })}>{t('register.previous')}</Link> : null}
              <span>{t('register.pageOf', { page: shown, pages })}</span>
              {shown < pages ? <Link href={address({ pillar: group.slug, page: shown + 1 })}>{t('register.next')}</Link> : null}
            </nav>
          ) : null}
        </section>
      ))}
    </>
  );
}
