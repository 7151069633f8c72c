import type { Metadata } from 'next';
import { getFormatter, getTranslations, setRequestLocale } from 'next-intl/server';
import { COUNTRIES, RECOMMENDATION_STATUSES, SECTORS } from '@/db/vocabulary';
import { Link } from '@/lib/i18n/navigation';
import { localized } from '@/lib/i18n/localized';
import type { Locale } from '@/lib/i18n/routing';
import { listPillarRecords } from '@/lib/record/pillars';
import { toRoman } from '@/lib/record/roman';
import { CoordinatorNews } from '@/components/coordinator/CoordinatorNews';
import { speaksFor } from '@/lib/auth/permissions';
import { countAwaitingMyConfirmation, listAssignees, listQueue } from '@/lib/triage/queue';
import { parseQueueFilters, QUEUE_SORTS, queueHref } from '@/lib/triage/queue-filters';
import { requireCoordinator } from '@/lib/auth/guards';
import { QueueTable } from './QueueTable';
import { translationCounts } from '@/lib/translations/store';

type Props = { params: Promise<{ locale: Locale }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params;
  return { title: (await getTranslations({ locale, namespace: 'triage' }))('queueTitle'), robots: { index: false } };
}

/** The triage queue: filters live in the address (a GET form, so it works without JavaScript too). */
export default async function QueuePage({ params, searchParams }: Props) {
  const { locale } = await params;
  setRequestLocale(locale);
  const user = await requireCoordinator(locale, `/${locale}/coordinate`);
  const filters = parseQueueFilters(await searchParams);
  const queue = listQueue(user, filters, locale);
  const awaiting = countAwaitingMyConfirmation(user);
  const needingTranslation = translationCounts(user);
  const t = await getTranslations();
  const format = await getFormatter();
  const pillars = listPillarRecords().filter((p) => user.role === 'admin' || user.allPillars || user.pillarIds.includes(p.id));
  const allCount = Object.values(queue.counts).reduce((sum, n) => sum + (n ?? 0), 0);
  return (
    <>
      <h1>{t('triage.queueTitle')}</h1>
      <p>
        {t('triage.scope', { pillars: pillars.map((p) => toRoman(p.number)).join(', '), count: pillars.length })}{' '}
        <Link href="/coordinate/initiatives">{t('triage.manageInitiatives')}</Link>
      </p>
      {user.role === 'coordinator' ? <CoordinatorNews user={user} headingId="news-heading" openOnly /> : null}

      <nav aria-label={t('triage.byStatus')}>
        <ul className="status-tabs">
          <li>
            <Link href={queueHref(filters, { status: undefined, page: 1 })} aria-current={!filters.status ? 'page' : undefined}>
              {t('triage.allStatuses')} ({allCount})
            </Link>
          </li>
          {RECOMMENDATION_STATUSES.map((status) => (
            <li key={status}>
              <Link href={queueHref(filters, { status, page: 1 })} aria-current={filters.status === status ? 'page' : undefined}>
                {t(`status.${status}`)} ({queue.counts[status] ?? 0})
              </Link>
            </li>
          ))}
          <li>
            <Link
              href={queueHref(filters, { awaiting: filters.awaiting ? undefined : 'mine', page: 1 })}
              aria-current={filters.awaiting ? 'page' : undefined}
              className={awaiting > 0 ? 'status-tabs__alert' : undefined}
            >
              {t(speaksFor(user) ? 'triage.awaitingMine' : 'triage.awaitingAny', { count: awaiting })}
            </Link>
          </li>
          <li>
            <Link
              href={queueHref(filters, { translation: filters.translation ? undefined : 'needed', page: 1 })}
              aria-current={filters.translation ? 'page' : undefined}
            >
              {t('translate.queue.filter')} ({needingTranslation.en + needingTranslation.es})
            </Link>
          </li>
        </ul>
      </nav>
      <p className="muted">{t('translate.queue.counts', needingTranslation)}</p>

      <form method="get" className="filters" role="search" aria-label={t('triage.filters')}>
        {filters.status ? <input type="hidden" name="status" value={filters.status} /> : null}
        {filters.awaiting ? <input type="hidden" name="awaiting" value={filters.awaiting} /> : null}
        {filters.translation ? <input type="hidden" name="translation" value={filters.translation} /> : null}
        <div className="field">
          <label htmlFor="q">{t('triage.search')}</label>
          <input id="q" name="q" type="search" defaultValue={filters.q ?? ''} />
        </div>
        <div className="field">
          <label htmlFor="pillar">{t('triage.pillar')}</label>
          <select id="pillar" name="pillar" defaultValue={filters.pillar ?? ''}>
            <option value="">{t('triage.any')}</option>
            {pillars.map((p) => (
              <option key={p.slug} value={p.slug}>
                {toRoman(p.number)} · {localized(p, 'title', locale)}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor="sector">{t('triage.sector')}</label>
          <select id="sector" name="sector" defaultValue={filters.sector ?? ''}>
            <option value="">{t('triage.any')}</option>
            {SECTORS.map((s) => (
              <option key={s} value={s}>
                {t(`options.sector.${s}`)}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor="country">{t('triage.country')}</label>
          <select id="country" name="country" defaultValue={filters.country ?? ''}>
            <option value="">{t('triage.any')}</option>
            {COUNTRIES.map((c) => (
              <option key={c} value={c}>
                {t(`options.country.${c}`)}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor="from">{t('triage.from')}</label>
          <input id="from" name="from" type="date" defaultValue={filters.from ?? ''} />
        </div>
        <div className="field">
          <label htmlFor="to">{t('triage.to')}</label>
          <input id="to" name="to" type="date" defaultValue={filters.to ?? ''} />
        </div>
        <div className="field">
          <label htmlFor="assigned">{t('triage.assignment')}</label>
          <select id="assigned" name="assigned" defaultValue={filters.assigned ?? ''}>
            <option value="">{t('triage.anyone')}</option>
            <option value="me">{t('triage.assignedToMe')}</option>
            <option value="none">{t('triage.unassigned')}</option>
          </select>
        </div>
        <div className="field">
          <label htmlFor="sort">{t('triage.sort')}</label>
          <select id="sort" name="sort" defaultValue={filters.sort}>
            {QUEUE_SORTS.map((s) => (
              <option key={s} value={s}>
                {t(`triage.sorts.${s}`)}
              </option>
            ))}
          </select>
        </div>
        <div className="filters__actions">
          <button type="submit">{t('triage.apply')}</button>
          <Link href="/coordinate">{t('triage.clear')}</Link>
        </div>
      </form>

      <p aria-live="polite">{t('triage.results', { total: queue.total, page: queue.page, pages: queue.pages })}</p>
      <QueueTable
        me={user.id}
        assignees={listAssignees().map((a) => ({ id: a.id, name: a.name }))}
        rows={queue.items.map((item) => ({
          ref: item.ref,
          version: item.version,
          title: item.title,
          language: item.language,
          translated: item.translated,
          status: item.status,
          statusLabel: t(`status.${item.status}`),
          pending: item.pendingStatus !== null,
          pillarLabel: t('pillar.label', { number: toRoman(item.pillarNumber) }),
          sectorLabel: t(`options.sector.${item.sector}`),
          countryLabel: t(`options.country.${item.country}`),
          submitted: format.dateTime(item.submittedAt, { dateStyle: 'medium' }),
          assigneeName: item.assigneeName,
          isSample: item.isSample,
          rounds: item.rounds,
        }))}
      />
      {queue.pages > 1 ? (
        <nav aria-label={t('triage.pagination')} className="pagination">
          {queue.page > 1 ? <Link href={queueHref(filters, { page: queue.page - 1 })}>{t('triage.previous')}</Link> : null}
          <span>{t('triage.pageOf', { page: queue.page, pages: queue.pages })}</span>
          {queue.page < queue.pages ? <Link href={queueHref(filters, { page: queue.page + 1 })}>{t('triage.next')}</Link> : null}
        </nav>
      ) : null}
    </>
  );
}
