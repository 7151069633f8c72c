import { getLocale, getTranslations } from 'next-intl/server';
import { ChartTable } from '@/components/charts/ChartTable';
import { formatFigure } from '@/lib/i18n/format';
import type { Locale } from '@/lib/i18n/routing';
import type { FactSheet } from '@/lib/public/fact-sheet';

/** How stakeholders took part in a meeting's period: submissions through the tracker, and what the documents report. */
export async function FactSheetEngagement({ engagement }: { engagement: FactSheet['engagement'] }) {
  const locale = (await getLocale()) as Locale;
  const t = await getTranslations();
  const n = (value: number) => formatFigure(value, locale);
  const e = engagement;
  return (
    <section aria-labelledby="engagement-heading" className="fact-sheet__block">
      <h2 id="engagement-heading">{t('factSheet.engagementHeading')}</h2>
      <p>
        {t('factSheet.submitted', { count: e.submitted, total: n(e.submitted) })}
        {e.submitted > 0 ? <> {t('factSheet.responded', { count: e.responded, total: n(e.responded) })}</> : null}
        {e.samples > 0 ? <> {t('factSheet.samples', { count: e.samples, total: n(e.samples) })}</> : null}
      </p>
      {e.submitted > 0 ? (
        <div className="fact-sheet__tables">
          <ChartTable
            caption={t('factSheet.bySector')}
            rowHeader={t('factSheet.sector')}
            columns={[{ key: 'n', label: t('factSheet.recommendations') }]}
            rows={e.bySector.map(({ sector, n: count }) => ({ key: sector, label: t(`options.sector.${sector}`), values: [count] }))}
          />
          <ChartTable
            caption={t('factSheet.byCountry')}
            rowHeader={t('factSheet.country')}
            columns={[{ key: 'n', label: t('factSheet.recommendations') }]}
            rows={e.byCountry.map(({ country, n: count }) => ({ key: country, label: t(`options.country.${country}`), values: [count] }))}
          />
        </div>
      ) : null}
      <p>{t('factSheet.fromDocuments', { count: e.reportedFromDocuments, total: n(e.reportedFromDocuments) })}</p>
    </section>
  );
}
