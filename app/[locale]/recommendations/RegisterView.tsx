import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { getTranslations } from 'next-intl/server';
import { COUNTRIES, SECTORS } from '@/db/vocabulary';
import { MeetingSelect, PillarSelect } from '@/components/public/RecordSelects';
import { RegisterCard } from '@/components/public/RegisterCard';
import { NarrowDisclosure } from '@/components/NarrowDisclosure';
import { Link } from '@/lib/i18n/navigation';
import type { Locale } from '@/lib/i18n/routing';
import { alternates } from '@/lib/public/metadata';
import { searchRegister } from '@/lib/public/register';
import {
  parseRegisterFiltersLenient,
  PUBLIC_STATUSES,
  QUERY_MAX_LENGTH,
  REGISTER_SORTS,
  COSIGNED_VALUES,
  registerQuery,
} from '@/lib/public/register-filters';
import { listMeetings } from '@/lib/record/meetings';
import { listPillarRecords } from '@/lib/record/pillars';

export type Query = Record<string, string | string[] | undefined>;

/** The page's title and alternates, the same with a query or without. */
export async function registerMetadata(locale: Locale): Promise<Metadata> {
  const t = await getTranslations({ locale, namespace: 'register' });
  return { title: t('title'), description: t('intro'), alternates: alternates(locale, '/recommendations') };
}

/**
 * The register: a GET form, so filters, search and paging work without JavaScript and every state is a
 * shareable address. Without a query it is a stored page (./page.tsx); with one, ./filtered/page.tsx
 * renders it per request (next.config.js sends such addresses there).
 */
export async function RegisterView({ locale, query }: { locale: Locale; query: Query }) {
  let filters = parseRegisterFiltersLenient(query);
  let found = searchRegister(filters);
  // A link to a pillar or meeting that no longer exists opens the register without that filter.
  if ('unknown' in found) {
    filters = { ...filters, [found.unknown]: undefined };
    found = searchRegister(filters);
  }
  if ('unknown' in found) notFound();
  const t = await getTranslations();
  const { facets } = found;
  const pillars = listPillarRecords();
  const meetings = listMeetings();
  const sum = (counts: Record<string, number>) => Object.values(counts).reduce((a, b) => a + b, 0);
  const option = (label: string, count: number | undefined) => t('register.optionCount', { label, count: count ?? 0 });
  const exportQuery = registerQuery({ ...filters, page: 1 });
  const filtering = Boolean(
    filters.q || filters.pillar || filters.status || filters.sector || filters.country || filters.meeting || filters.cosigned,
  );
  // One message per case, so the verb agrees with the count ("1 recomendación coincide", "2 … coinciden").
  const results = filters.q
    ? t('register.resultsMatching', { total: found.total, q: filters.q })
    : t('register.results', { total: found.total });
  return (
    <>
      <h1>{t('register.title')}</h1>
      <p className="lead">{t('register.intro')}</p>

      {/* On a phone the form folds away behind a button, open when a filter or search is in use. */}
      <NarrowDisclosure id="register-filters" label={t('register.filtersToggle')} defaultOpen={filtering} toggleClassName="filters__toggle">
        <form method="get" className="filters" role="search" aria-labelledby="register-filters-heading">
          <h2 id="register-filters-heading" className="visually-hidden">
            {t('register.filtersHeading')}
          </h2>
          <div className="field field--wide">
            <label htmlFor="q">{t('register.search')}</label>
            <input id="q" name="q" type="search" defaultValue={filters.q ?? ''} maxLength={QUERY_MAX_LENGTH} aria-describedby="q-hint" />
            <p id="q-hint" className="hint">
              {t('register.searchHint')}
            </p>
          </div>
          <PillarSelect
            label={t('register.pillar')}
            anyLabel={t('register.anyCount', { count: sum(facets.pillar) })}
            options={pillars}
            value={filters.pillar}
            locale={locale}
            withCount={(label, slug) => option(label, facets.pillar[slug])}
          />
          <div className="field">
            <label htmlFor="status">{t('register.status')}</label>
            <select id="status" name="status" defaultValue={filters.status ?? ''}>
              <option value="">{t('register.anyCount', { count: sum(facets.status) })}</option>
              {PUBLIC_STATUSES.map((s) => (
                <option key={s} value={s}>
                  {option(t(`status.${s}`), facets.status[s])}
                </option>
              ))}
            </select>
          </div>
          <div className="field">
            <label htmlFor="sector">{t('register.sector')}</label>
            <select id="sector" name="sector" defaultValue={filters.sector ?? ''}>
              <option value="">{t('register.anyCount', { count: sum(facets.sector) })}</option>
              {SECTORS.map((s) => (
                <option key={s} value={s}>
                  {option(t(`options.sector.${s}`), facets.sector[s])}
                </option>
              ))}
            </select>
          </div>
          <div className="field">
            <label htmlFor="country">{t('register.country')}</label>
            <select id="country" name="country" defaultValue={filters.country ?? ''}>
              <option value="">{t('register.anyCount', { count: sum(facets.country) })}</option>
              {COUNTRIES.map((c) => (
                <option key={c} value={c}>
                  {option(t(`options.country.${c}`), facets.country[c])}
                </option>
              ))}
            </select>
          </div>
          <MeetingSelect
            label={t('register.meeting')}
            anyLabel={t('register.any')}
            options={meetings}
            value={filters.meeting}
            locale={locale}
            withCount={(label, slug) => option(label, facets.meeting[slug])}
          />
          <div className="field">
            <label htmlFor="cosigned">{t('register.cosigned')}</label>
            <select id="cosigned" name="cosigned" defaultValue={filters.cosigned ?? ''}>
              <option value="">{t('register.any')}</option>
              {COSIGNED_VALUES.map((value) => (
                <option key={value} value={value}>
                  {t('register.cosignedBoth')}
                </option>
              ))}
            </select>
          </div>
          <div className="field">
            <label htmlFor="sort">{t('register.sort')}</label>
            <select id="sort" name="sort" defaultValue={filters.sort}>
              {REGISTER_SORTS.map((s) => (
                <option key={s} value={s}>
                  {t(`register.sorts.${s}`)}
                </option>
              ))}
            </select>
          </div>
          <div className="filters__actions">
            <button type="submit">{t('register.apply')}</button>
            <Link href="/recommendations">{t('register.clear')}</Link>
          </div>
        </form>
      </NarrowDisclosure>

      <p role="status" className="results-summary">
        {found.pages > 1 ? t('register.onPage', { results, page: found.page, pages: found.pages }) : results}
      </p>
      <p className="muted">
        <a href={`/api/v1/recommendations.csv${exportQuery}`} download>
          {t('register.download')}
        </a>{' '}
        · <a href={`/api/v1/recommendations${exportQuery}`}>{t('register.api')}</a>
      </p>

      {found.items.length === 0 ? <p>{t('register.noResults')}</p> : null}
      <ul className="card-list">
        {found.items.map((item) => (
          <RegisterCard key={item.ref} item={item} />
        ))}
      </ul>

      {found.pages > 1 ? (
        <nav aria-label={t('register.pagination')} className="pagination">
          {found.page > 1 ? (
            <Link href={`/recommendations${registerQuery(filters, { page: found.page - 1 })}`}>{t('register.previous')}</Link>
          ) : null}
          <span>{t('register.pageOf', { page: found.page, pages: found.pages })}</span>
          {found.page < found.pages ? (
            <Link href={`/recommendations${registerQuery(filters, { page: found.page + 1 })}`}>{t('register.next')}</Link>
          ) : null}
        </nav>
      ) : null}
    </>
  );
}
