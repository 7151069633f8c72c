import 'server-only';
import { getFormatter, getTranslations } from 'next-intl/server';
import type { CurrentUser } from '@/lib/auth/current-user';
import { mayActOnPillar } from '@/lib/auth/permissions';
import { calendarDate, localized } from '@/lib/i18n/localized';
import type { Locale } from '@/lib/i18n/routing';
import { listAgencies } from './manage-initiatives';
import { listMeetings } from './meetings';
import { listPillarRecords } from './pillars';
import { toRoman } from './roman';

/** What the record forms offer a coordinator: their pillars, every agency, every meeting, labelled. */
export async function recordFormChoices(user: CurrentUser, locale: Locale) {
  const t = await getTranslations('pillar');
  const format = await getFormatter();
  return {
    pillars: listPillarRecords()
      .filter((p) => mayActOnPillar(user, p.id))
      .map((p) => ({ slug: p.slug, label: `${t('label', { number: toRoman(p.number) })}: ${localized(p, 'title', locale)}` })),
    agencies: listAgencies().map((a) => ({
      slug: a.slug,
      government: a.government,
      label: `${a.acronym} · ${localized(a, 'name', locale)}`,
    })),
    meetings: listMeetings().map((m) => ({
      slug: m.slug,
      label: `${format.dateTime(calendarDate(m.date), { dateStyle: 'medium', timeZone: 'UTC' })} · ${localized(m, 'title', locale)}`,
    })),
  };
}
