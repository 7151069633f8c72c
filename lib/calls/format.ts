/**
 * A call's closing moment in the dialogue's two capitals, in the reader's language: "December 20, 2026 at
 * 6:00 PM" in Mexico City and Washington. Used by the pages and the e-mails alike.
 */
import type { Locale } from '@/lib/i18n/routing';
import { CALL_TIME_ZONES } from './zones';

export type ZonedMoment = { zone: (typeof CALL_TIME_ZONES)[number]; text: string };

export function momentInCapitals(instant: Date, locale: Locale): ZonedMoment[] {
  return CALL_TIME_ZONES.map((zone) => ({
    zone,
    text: new Intl.DateTimeFormat(locale === 'es' ? 'es-MX' : 'en-US', { dateStyle: 'long', timeStyle: 'short', timeZone: zone }).format(
      instant,
    ),
  }));
}
