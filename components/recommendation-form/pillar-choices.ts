import 'server-only';
import { getTranslations } from 'next-intl/server';
import { localized } from '@/lib/i18n/localized';
import type { Locale } from '@/lib/i18n/routing';
import { listPillarRecords } from '@/lib/record/pillars';
import { toRoman } from '@/lib/record/roman';
import type { PillarChoice } from './RecommendationForm';

/** The four pillars as the form offers them: number, title and purpose in the visitor's language. */
export async function pillarChoices(locale: Locale): Promise<PillarChoice[]> {
  const t = await getTranslations('pillar');
  return listPillarRecords().map((p) => ({
    slug: p.slug,
    label: t('label', { number: toRoman(p.number) }),
    title: localized(p, 'title', locale),
    purpose: localized(p, 'purpose', locale),
  }));
}
