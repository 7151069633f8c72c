import { getLocale, getTranslations } from 'next-intl/server';
import { formatFigure } from '@/lib/i18n/format';
import { localized } from '@/lib/i18n/localized';
import type { Locale } from '@/lib/i18n/routing';
import type { PillarRef, StatusCounts } from '@/lib/public/charts';
import { PUBLIC_STATUSES } from '@/lib/public/register-filters';
import { toRoman } from '@/lib/record/roman';
import { StackedBarChart } from './StackedBarChart';
import { STATUS_SWATCHES } from './swatches';

type Props = { id: string; headingLevel: 2 | 3; rows: { pillar: PillarRef; counts: StatusCounts }[] };

/** Public recommendations by status, one bar per pillar (or one bar on a pillar's own page). */
export async function StatusChart({ id, headingLevel, rows }: Props) {
  const locale = (await getLocale()) as Locale;
  const t = await getTranslations();
  const totals = PUBLIC_STATUSES.map((status) => ({ status, n: rows.reduce((sum, row) => sum + row.counts[status], 0) }));
  const total = totals.reduce((sum, s) => sum + s.n, 0);
  // The legend and the table name the statuses that occur; with none yet, all of them.
  const shown = total === 0 ? PUBLIC_STATUSES : PUBLIC_STATUSES.filter((status) => totals.find((s) => s.status === status)!.n > 0);
  const breakdown = totals
    .filter((s) => s.n > 0)
    .map((s) => `${t(`status.${s.status}`)}: ${formatFigure(s.n, locale)}`)
    .join('; ');
  return (
    <StackedBarChart
      id={id}
      heading={t(rows.length === 1 ? 'charts.statusHeadingOne' : 'charts.statusHeading')}
      headingLevel={headingLevel}
      summary={
        total === 0 ? t('charts.statusEmpty') : t('charts.statusSummary', { count: total, total: formatFigure(total, locale), breakdown })
      }
      rowHeader={t('charts.pillar')}
      rows={rows.map(({ pillar, counts }) => ({
        key: pillar.slug,
        label: `${t('pillar.label', { number: toRoman(pillar.number) })}: ${localized(pillar, 'title', locale)}`,
        values: counts,
      }))}
      series={shown.map((status) => ({ key: status, label: t(`status.${status}`), swatch: STATUS_SWATCHES[status] }))}
    />
  );
}
