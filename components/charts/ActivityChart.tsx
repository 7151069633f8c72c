import { getLocale, getTranslations } from 'next-intl/server';
import { formatFigure } from '@/lib/i18n/format';
import type { Locale } from '@/lib/i18n/routing';
import type { activityOverTime } from '@/lib/public/charts';
import { ColumnChart, type ColumnCategory } from './ColumnChart';
import { ACTIVITY_SWATCHES } from './swatches';

type Props = { id: string; headingLevel: 2 | 3; activity: ReturnType<typeof activityOverTime> };

/** Recommendations submitted, and recommendations that became implemented, per quarter (or year). */
export async function ActivityChart({ id, headingLevel, activity }: Props) {
  const locale = (await getLocale()) as Locale;
  const t = await getTranslations('charts');
  // A quarter (or year) with nothing submitted and nothing implemented is not drawn: on a phone the empty
  // columns left the active ones too thin to read. The labels still name each period shown.
  const { unit } = activity;
  const buckets = activity.buckets.filter((b) => b.submitted > 0 || b.implemented > 0);
  const categories: ColumnCategory[] = buckets.map((b) => {
    const year = String(b.year);
    if (b.quarter === null) return { key: year, short: year, group: '', label: year };
    return {
      key: `${year}-q${b.quarter}`,
      short: t('quarterShort', { quarter: b.quarter }),
      group: year,
      label: t('quarter', { quarter: b.quarter, year }),
    };
  });
  const submitted = buckets.reduce((sum, b) => sum + b.submitted, 0);
  const implemented = buckets.reduce((sum, b) => sum + b.implemented, 0);
  const first = categories[0]?.label ?? '';
  const last = categories.at(-1)?.label ?? '';
  return (
    <ColumnChart
      id={id}
      heading={t('activityHeading')}
      headingLevel={headingLevel}
      summary={
        buckets.length === 0
          ? t('activityEmpty')
          : t('activitySummary', {
              submitted: formatFigure(submitted, locale),
              implemented: formatFigure(implemented, locale),
              from: first,
              to: last,
              unit,
            })
      }
      categoryHeader={t(unit === 'year' ? 'year' : 'quarterHeader')}
      categories={categories}
      series={[
        { key: 'submitted', label: t('submitted'), swatch: ACTIVITY_SWATCHES.submitted, values: buckets.map((b) => b.submitted) },
        { key: 'implemented', label: t('implemented'), swatch: ACTIVITY_SWATCHES.implemented, values: buckets.map((b) => b.implemented) },
      ]}
    />
  );
}
