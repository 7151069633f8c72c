import type { ReactNode } from 'react';
import { getFormatter, getLocale, getTranslations } from 'next-intl/server';
import { Link } from '@/lib/i18n/navigation';
import { formatFigure } from '@/lib/i18n/format';
import { calendarDate, localized } from '@/lib/i18n/localized';
import type { Locale } from '@/lib/i18n/routing';
import { correctionNotes } from '@/lib/record/corrections';
import type { ProgressEntry } from '@/lib/record/initiatives';
import { CorrectionNotes } from './CorrectionNotes';
import { ProgressProvenance } from './ProgressProvenance';
import { SourceCitation } from './SourceCitation';
import { TranslationMark } from './TranslationMark';
import { RECORD_ORIGINAL } from '@/lib/translations/paired';

/**
 * Dated progress updates, each with its figure, the meeting that reported it and its source.
 * `showMeeting` is off on a meeting's own page, where every entry was reported by that meeting.
 */
export async function ProgressTimeline({
  entries,
  showMeeting = true,
  below,
}: {
  entries: ProgressEntry[];
  showMeeting?: boolean;
  /** What a coordinator's page adds under each entry (checking its translation). */
  below?: (entry: ProgressEntry) => ReactNode;
}) {
  const locale = (await getLocale()) as Locale;
  const t = await getTranslations();
  const format = await getFormatter();
  const notes = correctionNotes(
    'progress',
    entries.map((e) => e.id),
    locale,
  );
  // Corrections point at the entry they correct; both stay on the timeline.
  const dates = new Map(entries.map((e) => [e.id, e.date]));
  const corrected = new Set(entries.map((e) => e.correctsId).filter((id) => id !== null));
  return (
    <ol className="timeline">
      {entries.map((entry) => (
        <li key={entry.id} className="timeline__item">
          <p className="timeline__meta">
            <time dateTime={entry.date}>{format.dateTime(calendarDate(entry.date), { dateStyle: 'long', timeZone: 'UTC' })}</time>
            <span className={`tag tag--${entry.kind}`}>{t(`progressKind.${entry.kind}`)}</span>
          </p>
          <p>
            {localized(entry, 'text', locale)}{' '}
            <TranslationMark written={{ en: entry.textEn, es: entry.textEs }} presumedOriginal={RECORD_ORIGINAL} check={entry.check} />
          </p>
          {entry.figureValue !== null ? (
            <p className="figure">
              <span className="visually-hidden">{t('initiative.figure')}: </span>
              <strong>
                {t('figure.value', { qualifier: entry.figureQualifier ?? 'exact', value: formatFigure(entry.figureValue, locale) })}
              </strong>{' '}
              {localized(entry, 'figureUnit', locale)}
            </p>
          ) : null}
          <p className="timeline__refs">
            {showMeeting && entry.meeting ? (
              <>
                {t('initiative.reportedAt')}:{' '}
                <Link href={`/meetings/${entry.meeting.slug}`}>{localized(entry.meeting, 'title', locale)}</Link>
                <br />
              </>
            ) : null}
            {entry.source ? <SourceCitation source={entry.source} /> : null}
          </p>
          <ProgressProvenance entry={entry} correctedBy={corrected.has(entry.id)} dates={dates} />
          <CorrectionNotes notes={notes.get(entry.id)} />
          {below?.(entry)}
        </li>
      ))}
    </ol>
  );
}
