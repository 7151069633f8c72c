import { calendarDate, localized } from '@/lib/i18n/localized';
import type { Locale } from '@/lib/i18n/routing';
import { toRoman } from '@/lib/record/roman';

type Pillar = { slug: string; number: number; titleEn: string; titleEs: string };
type Meeting = { slug: string; date: string; titleEn: string; titleEs: string };

type SelectProps<T> = {
  label: string;
  /** The "any" option, with the count of everything when the filter shows counts. */
  anyLabel: string;
  options: T[];
  value: string | undefined;
  locale: Locale;
  /** "Label (n)" for each option, when the filter shows how many items each value holds. */
  withCount?: (label: string, slug: string) => string;
};

/** A filter form's pillar choice: "I · Building Back Together", by slug. */
export function PillarSelect({ label, anyLabel, options, value, locale, withCount = (text) => text }: SelectProps<Pillar>) {
  return (
    <div className="field">
      <label htmlFor="pillar">{label}</label>
      <select id="pillar" name="pillar" defaultValue={value ?? ''}>
        <option value="">{anyLabel}</option>
        {options.map((p) => (
          <option key={p.slug} value={p.slug}>
            {withCount(`${toRoman(p.number)} · ${localized(p, 'title', locale)}`, p.slug)}
          </option>
        ))}
      </select>
    </div>
  );
}

/** A filter form's meeting choice: "2023 HLED Ministerial (2023)", by slug. */
export function MeetingSelect({ label, anyLabel, options, value, locale, withCount = (text) => text }: SelectProps<Meeting>) {
  return (
    <div className="field">
      <label htmlFor="meeting">{label}</label>
      <select id="meeting" name="meeting" defaultValue={value ?? ''}>
        <option value="">{anyLabel}</option>
        {options.map((m) => (
          <option key={m.slug} value={m.slug}>
            {withCount(`${localized(m, 'title', locale)} (${calendarDate(m.date).getUTCFullYear()})`, m.slug)}
          </option>
        ))}
      </select>
    </div>
  );
}
