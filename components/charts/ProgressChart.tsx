import { getFormatter, getLocale, getTranslations } from 'next-intl/server';
import { formatFigure } from '@/lib/i18n/format';
import { calendarDate, localized } from '@/lib/i18n/localized';
import type { Locale } from '@/lib/i18n/routing';
import type { MeetingProgress } from '@/lib/public/charts';
import { ColumnChart } from './ColumnChart';
import { PROGRESS_SWATCHES } from './swatches';

type Props = { id: string; headingLevel: 2 | 3; progress: MeetingProgress[] };

/** A pillar's progress over time: the accomplishments and intentions each meeting reported for it. */
export async function ProgressChart({ id, headingLevel, progress }: Props) {
  const locale = (await getLocale()) as Locale;
  const t = await getTranslations('charts');
  const format = await getFormatter();
  const accomplishments = progress.reduce((sum, p) => sum + p.accomplishments, 0);
  const intentions = progress.reduce((sum, p) => sum + p.intentions, 0);
  return (
    <ColumnChart
      id={id}
      heading={t('progressHeading')}
      headingLevel={headingLevel}
      summary={
        accomplishments + intentions === 0
          ? t('progressEmpty')
          : t('progressSummary', {
              accomplishments: formatFigure(accomplishments, locale),
              intentions: formatFigure(intentions, locale),
              meetings: formatFigure(progress.filter((p) => p.accomplishments + p.intentions > 0).length, locale),
            })
      }
      categoryHeader={t('meeting')}
      categories={progress.map(({ meeting }) => {
        const date = calendarDate(meeting.date);
        return {
          key: meeting.slug,
          short: format.dateTime(date, { month: 'short', timeZone: 'UTC' }),
          group: format.dateTime(date, { year: 'numeric', timeZone: 'UTC' }),
          label: `${localized(meeting, 'title', locale)} (${format.dateTime(date, { dateStyle: 'long', timeZone: 'UTC' })})`,
        };
      })}
      series={[
        {
          key: 'accomplishments',
          label: t('accomplishments'),
          swatch: PROGRESS_SWATCHES.accomplishments,
          values: progress.map((p) => p.accomplishments),
        },
        { key: 'intentions', label: t('intentions'), swatch: PROGRESS_SWATCHES.intentions, values: progress.map((p) => p.intentions) },
      ]}
    />
  );
}
