import { getLocale, getTranslations } from 'next-intl/server';
import { formatFigure } from '@/lib/i18n/format';
import { localized } from '@/lib/i18n/localized';
import type { Locale } from '@/lib/i18n/routing';
import type { FactSheet } from '@/lib/public/fact-sheet';

/** The top of a fact sheet: how much the meeting reported, and the results it reported in figures. */
export async function FactSheetKeyFigures({ sheet }: { sheet: FactSheet }) {
  const locale = (await getLocale()) as Locale;
  const t = await getTranslations('factSheet');
  const tFigure = await getTranslations('figure');
  const n = (value: number) => formatFigure(value, locale);
  const k = sheet.keyFigures;
  const items = [
    { key: 'accomplishments', value: k.accomplishments, label: t('kf.accomplishments', { count: k.accomplishments }) },
    { key: 'intentions', value: k.intentions, label: t('kf.intentions', { count: k.intentions }) },
    { key: 'initiatives', value: k.initiatives, label: t('kf.initiatives', { count: k.initiatives, pillars: k.pillars }) },
    {
      key: 'agencies',
      value: k.agencies.us + k.agencies.mx,
      label: t('kf.agencies', { count: k.agencies.us + k.agencies.mx, us: n(k.agencies.us), mx: n(k.agencies.mx) }),
    },
    { key: 'implemented', value: sheet.implemented.total, label: t('kf.implemented', { count: sheet.implemented.total }) },
    { key: 'in-progress', value: sheet.inProgress.total, label: t('kf.inProgress', { count: sheet.inProgress.total }) },
    { key: 'submitted', value: sheet.engagement.submitted, label: t('kf.submitted', { count: sheet.engagement.submitted }) },
  ];
  return (
    <section aria-labelledby="key-figures-heading" className="fact-sheet__block">
      <h2 id="key-figures-heading">{t('keyFiguresHeading')}</h2>
      <ul className="key-figures">
        {items.map((item) => (
          <li key={item.key}>
            <span className="key-figures__value">{n(item.value)}</span> <span className="key-figures__label">{item.label}</span>
          </li>
        ))}
      </ul>
      {k.figures.length > 0 ? (
        <>
          <h3 id="figures-heading">{t('figuresHeading')}</h3>
          <p className="muted">{t('figuresNote')}</p>
          <ul className="figure-list">
            {k.figures.map((entry) => (
              <li key={entry.id}>
                <span className="figure-list__value">
                  {tFigure('value', { qualifier: entry.figureQualifier ?? 'exact', value: formatFigure(entry.figureValue!, locale) })}
                </span>{' '}
                <span className="figure-list__unit">{localized(entry, 'figureUnit', locale)}</span>
                <span className="figure-list__initiative">
                  <a href={`#initiative-${entry.initiative.slug}`}>{localized(entry.initiative, 'title', locale)}</a>
                </span>
              </li>
            ))}
          </ul>
        </>
      ) : null}
    </section>
  );
}
