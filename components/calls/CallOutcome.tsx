import { getTranslations } from 'next-intl/server';
import { StatusBadge } from '@/components/StatusBadge';
import type { PublicCall } from '@/lib/calls/read';
import { Link } from '@/lib/i18n/navigation';
import { localized } from '@/lib/i18n/localized';
import type { Locale } from '@/lib/i18n/routing';
import { toRoman } from '@/lib/record/roman';

/** Counts as a small table: "By sector", "By country", "What became of the answers". */
async function CountTable({
  caption,
  rows,
  label,
}: {
  caption: string;
  rows: { key: string; count: number }[];
  label: (key: string) => string;
}) {
  if (rows.length === 0) return null;
  return (
    <table className="table">
      <caption>{caption}</caption>
      <tbody>
        {rows.map((row) => (
          <tr key={row.key}>
            <th scope="row">{label(row.key)}</th>
            <td>{row.count}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

/** Per call: what was asked, how many answered by sector and country (as consent allows), what became of the answers. */
export async function CallOutcome({ data, locale }: { data: PublicCall; locale: Locale }) {
  const t = await getTranslations();
  const c = await getTranslations('calls.asked');
  const itemTitle = (item: PublicCall['items'][number]) =>
    item.title ?? (locale === 'es' ? item.summaryEs : item.summaryEn) ?? item.summaryEn ?? item.summaryEs ?? item.ref;
  return (
    <section aria-labelledby="asked-heading">
      <h2 id="asked-heading">{c('title')}</h2>
      <h3>{c('weAsked')}</h3>
      {data.questions.length === 0 ? (
        <p>{c('noQuestions')}</p>
      ) : (
        <ul>
          {data.questions.map((q) => (
            <li key={q.id}>
              {q.pillar ? `${t('pillar.label', { number: toRoman(q.pillar.number) })}: ` : ''}
              {localized(q, 'text', locale)}
            </li>
          ))}
        </ul>
      )}
      <h3>{c('youSaid')}</h3>
      <p>{c('answers', { count: data.total })}</p>
      <p className="field__hint">{c('consentNote')}</p>
      <div className="split">
        <CountTable caption={c('bySector')} rows={data.bySector} label={(key) => t(`options.sector.${key}` as 'options.sector.ngo')} />
        <CountTable caption={c('byCountry')} rows={data.byCountry} label={(key) => t(`options.country.${key}` as 'options.country.mx')} />
      </div>
      <h3>{c('weDid')}</h3>
      <CountTable caption={c('byStatus')} rows={data.byStatus} label={(key) => t(`status.${key}` as 'status.received')} />
      <h4>{c('items')}</h4>
      {data.items.length === 0 ? (
        <p>{c('noItems')}</p>
      ) : (
        <ul>
          {data.items.map((item) => (
            <li key={item.ref}>
              <Link href={`/recommendations/${item.ref}`}>
                {item.ref}: {itemTitle(item)}
              </Link>{' '}
              <StatusBadge status={item.status} />
            </li>
          ))}
        </ul>
      )}
      {data.initiatives.length ? (
        <>
          <h4>{c('initiatives')}</h4>
          <ul>
            {data.initiatives.map((i) => (
              <li key={i.slug}>
                <Link href={`/initiatives/${i.slug}`}>{localized(i, 'title', locale)}</Link>
              </li>
            ))}
          </ul>
        </>
      ) : null}
    </section>
  );
}
