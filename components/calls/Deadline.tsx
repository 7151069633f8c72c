import { getTranslations } from 'next-intl/server';
import { momentInCapitals } from '@/lib/calls/format';
import type { Locale } from '@/lib/i18n/routing';

/** A call's closing moment in Mexico City and Washington time, in the reader's language. */
export async function Deadline({ instant, locale }: { instant: Date; locale: Locale }) {
  const t = await getTranslations('calls.zone');
  return (
    <time dateTime={instant.toISOString()}>
      {momentInCapitals(instant, locale)
        .map(({ zone, text }) => `${text} (${t(zone)})`)
        .join(' · ')}
    </time>
  );
}
