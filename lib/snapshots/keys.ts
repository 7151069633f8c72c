/** The top-level keys of a snapshot's JSON (lib/snapshots/build.ts), and what each initiative nests. */
export const SNAPSHOT_JSON_KEYS = ['snapshot', 'pillars', 'initiatives', 'milestones', 'progress', 'meetings', 'recommendations'] as const;
