/**
 * Wall-clock times in the dialogue's two capitals. A coordinator types the closing moment as Mexico City
 * time; it is stored as a UTC instant and shown in both capitals' time.
 */
export const CALL_TIME_ZONES = ['America/Mexico_City', 'America/New_York'] as const;
export const ENTRY_TIME_ZONE = 'America/Mexico_City';

/** The zone's offset from UTC, in milliseconds, at an instant. */
function offsetAt(instant: number, timeZone: string): number {
  const parts: Record<string, string> = Object.fromEntries(
    new Intl.DateTimeFormat('en-US', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      second: '2-digit',
    })
      .formatToParts(new Date(instant))
      .map((p) => [p.type, p.value]),
  );
  const n = (type: string) => Number(parts[type] ?? 0);
  const asUtc = Date.UTC(n('year'), n('month') - 1, n('day'), n('hour'), n('minute'), n('second'));
  return asUtc - Math.floor(instant / 1000) * 1000;
}

/** "2026-12-20T18:00" read as a wall-clock time in `timeZone`, as a UTC instant; null when it is not a time. */
export function zonedTimeToUtc(local: string, timeZone: string = ENTRY_TIME_ZONE): Date | null {
  const match = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})$/.exec(local);
  if (!match) return null;
  const [y = 0, mo = 0, d = 0, h = 0, mi = 0] = match.slice(1).map(Number);
  const wall = Date.UTC(y, mo - 1, d, h, mi);
  const check = new Date(wall);
  if (check.getUTCMonth() !== mo - 1 || check.getUTCDate() !== d || h > 23 || mi > 59) return null;
  // Two passes settle a time next to a change of offset.
  let instant = wall - offsetAt(wall, timeZone);
  instant = wall - offsetAt(instant, timeZone);
  return new Date(instant);
}
