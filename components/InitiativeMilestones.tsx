import { getFormatter, getLocale, getTranslations } from 'next-intl/server';
import { calendarDate, localized } from '@/lib/i18n/localized';
import type { Locale } from '@/lib/i18n/routing';
import type { MilestoneEntry, MilestoneTally } from '@/lib/record/milestones';
import { SourceCitation } from './SourceCitation';

/** "3 of 5 milestones done" with a bar; nothing where an initiative has no milestones. */
export async function MilestoneBar({ tally }: { tally: MilestoneTally | undefined }) {
  if (!tally || tally.total === 0) return null;
  const t = await getTranslations('evidence.milestones');
  const label = t('bar', { done: tally.done, total: tally.total });
  return (
    <p className="milestone-bar">
      <progress value={tally.done} max={tally.total} aria-label={label} /> <span>{label}</span>
    </p>
  );
}

/** The state of an initiative, and since when where it is known. */
export async function InitiativeStateTag({ state, since }: { state: string; since: string | null }) {
  const t = await getTranslations();
  const format = await getFormatter();
  const label = t(`initiativeState.${state}` as 'initiativeState.active');
  return (
    <span className={`tag tag--${state}`}>
      {since
        ? t('evidence.milestones.stateSince', {
            state: label,
            date: format.dateTime(calendarDate(since), { dateStyle: 'medium', timeZone: 'UTC' }),
          })
        : label}
    </span>
  );
}

export async function MilestoneList({ entries }: { entries: MilestoneEntry[] }) {
  const locale = (await getLocale()) as Locale;
  const t = await getTranslations('evidence.milestones');
  const format = await getFormatter();
  const day = (value: string) => format.dateTime(calendarDate(value), { dateStyle: 'long', timeZone: 'UTC' });
  return (
    <ol className="timeline">
      {entries.map((entry) => (
        <li key={entry.id} className="timeline__item">
          <p>
            <strong>{localized(entry, 'title', locale)}</strong>
          </p>
          <p className="timeline__meta">
            {entry.targetDate ? <span>{t('target', { date: day(entry.targetDate) })}</span> : null}{' '}
            <span className={`tag tag--${entry.doneDate ? 'completed' : 'planned'}`}>
              {entry.doneDate ? t('done', { date: day(entry.doneDate) }) : t('notDone')}
            </span>
          </p>
          {entry.source?.id ? (
            <p className="timeline__refs">
              <SourceCitation source={entry.source} />
            </p>
          ) : null}
        </li>
      ))}
    </ol>
  );
}
