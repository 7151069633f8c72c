import { getFormatter, getLocale, getTranslations } from 'next-intl/server';
import { calendarDate, localized } from '@/lib/i18n/localized';
import type { Locale } from '@/lib/i18n/routing';

export type CitedSource = {
  id: number;
  slug: string;
  titleEn: string;
  titleEs: string;
  publisher: string;
  date: string;
  url: string | null;
  secondary: boolean;
};

/**
 * "Source: <document>, <publisher>, <date>", the way every item of the record names where it comes from;
 * a document that names no publisher (publisher '') says so in the reader's language.
 */
export async function SourceCitation({ source }: { source: CitedSource }) {
  const locale = (await getLocale()) as Locale;
  const t = await getTranslations('initiative');
  const format = await getFormatter();
  const title = localized(source, 'title', locale);
  const date = format.dateTime(calendarDate(source.date), { dateStyle: 'long', timeZone: 'UTC' });
  return (
    <cite className="citation">
      {source.publisher ? t('source', { title, publisher: source.publisher, date }) : t('sourceUnattributed', { title, date })}
      {source.secondary ? ` (${t('secondarySource')})` : null}
    </cite>
  );
}
