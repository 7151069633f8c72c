import { getFormatter, getLocale, getTranslations } from 'next-intl/server';
import { calendarDate, localized } from '@/lib/i18n/localized';
import type { Locale } from '@/lib/i18n/routing';
import type { CorrectionNote } from '@/lib/record/corrections';

/** "Correction, November 30, 2026: …" under a corrected item, with the source words it follows (in English). */
export async function CorrectionNotes({ notes }: { notes: CorrectionNote[] | undefined }) {
  if (!notes || notes.length === 0) return null;
  const locale = (await getLocale()) as Locale;
  const t = await getTranslations('correction');
  const format = await getFormatter();
  return (
    <div className="correction-notes">
      {notes.map((note) => (
        <p key={note.id} className="correction-note" role="note">
          <strong>{t('heading', { date: format.dateTime(calendarDate(note.correctedOn), { dateStyle: 'long', timeZone: 'UTC' }) })}</strong>{' '}
          {localized(note, 'note', locale)}
          {note.quote && note.source ? (
            <>
              {' '}
              {t.rich('source', {
                title: localized(note.source, 'title', locale),
                quote: note.quote,
                q: (chunks) => <q lang="en">{chunks}</q>,
              })}
            </>
          ) : null}
        </p>
      ))}
    </div>
  );
}
