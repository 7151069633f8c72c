import type { Locale } from './routing';

/**
 * Figures are read by Mexican and U.S. readers: Spanish uses Mexico's conventions (1,500,000), not Spain's
 * (1.500.000), which would misread as decimals in Mexico.
 */
export const NUMBER_LOCALE: Record<Locale, string> = { en: 'en-US', es: 'es-MX' };

export function formatFigure(value: number, locale: Locale): string {
  return new Intl.NumberFormat(NUMBER_LOCALE[locale], { maximumFractionDigits: 2 }).format(value);
}
