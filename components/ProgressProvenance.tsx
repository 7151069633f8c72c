import { getFormatter, getLocale, getTranslations } from 'next-intl/server';
import { calendarDate, localized } from '@/lib/i18n/localized';
import type { Locale } from '@/lib/i18n/routing';
import type { ProgressEntry } from '@/lib/record/initiatives';

/**
 * Where a progress update recorded in the app comes from and who put it there: its source document
 * (title, date, link), who recorded it and when, and, for a correction, which entry it corrects and why.
 * An entry corrected later says so; it is never changed.
 */
export async function ProgressProvenance({
  entry,
  correctedBy,
  dates,
}: {
  entry: ProgressEntry;
  correctedBy: boolean;
  dates: Map<number, string>;
}) {
  const locale = (await getLocale()) as Locale;
  const t = await getTranslations('evidence.progress');
  const format = await getFormatter();
  const day = (value: string) => format.dateTime(calendarDate(value), { dateStyle: 'long', timeZone: 'UTC' });
  const title = entry.sourceTitle;
  const corrected = entry.correctsId === null ? undefined : dates.get(entry.correctsId);
  return (
    <>
      {entry.correctsId !== null ? (
        <p className="correction-note">
          <strong>{t('correctionOf', { date: corrected ? day(corrected) : `#${entry.correctsId}` })}</strong>{' '}
          {t('correctionReason', { reason: localized(entry, 'correctionReason', locale) })}
        </p>
      ) : null}
      {title ? (
        <p className="timeline__refs">
          {entry.sourceUrl ? (
            <a href={entry.sourceUrl} rel="noopener noreferrer">
              {entry.sourceDate ? t('sourceDated', { title, date: day(entry.sourceDate) }) : t('source', { title })}
            </a>
          ) : entry.sourceDate ? (
            t('sourceDated', { title, date: day(entry.sourceDate) })
          ) : (
            t('source', { title })
          )}
        </p>
      ) : null}
      {entry.recordedBy ? (
        <p className="muted">
          {t('recordedBy', { name: entry.recordedBy, date: format.dateTime(entry.recordedAt, { dateStyle: 'long', timeZone: 'UTC' }) })} ·{' '}
          {t('number', { id: entry.id })}
        </p>
      ) : null}
      {correctedBy ? <p className="muted">{t('correctedLater')}</p> : null}
    </>
  );
}
