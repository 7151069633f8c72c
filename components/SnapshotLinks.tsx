import { getFormatter, getTranslations } from 'next-intl/server';
import { type SnapshotSummary, snapshotLinks } from '@/lib/snapshots/snapshots';

/** A snapshot's two files with their SHA-256, for citing and checking. */
export async function SnapshotLinks({ snapshot }: { snapshot: SnapshotSummary }) {
  const t = await getTranslations('evidence.snapshots');
  const format = await getFormatter();
  const links = snapshotLinks(snapshot.slug);
  return (
    <>
      <span className="muted">
        {t('takenAt', { date: format.dateTime(snapshot.takenAt, { dateStyle: 'long', timeStyle: 'short', timeZone: 'UTC' }) })}
      </span>
      <ul>
        {(['json', 'csv'] as const).map((kind) => (
          <li key={kind}>
            <a href={links[kind]} download>
              {t(kind)}
            </a>{' '}
            <span className="muted">
              {t('sha', { format: t(kind), sha: '' })}
              <code>{kind === 'json' ? snapshot.jsonSha256 : snapshot.csvSha256}</code>
            </span>
          </li>
        ))}
      </ul>
    </>
  );
}
