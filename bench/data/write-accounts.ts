/** Writes the bench's accounts (data/accounts.ts) with the app's column defaults spelled out. */
import type BetterSqlite3 from 'better-sqlite3';
import { STAFF, stakeholderRow, type StakeholderRow } from './accounts';
import type { Government } from './plan';

export type Accounts = {
  /** Stakeholder n (from 1) is at index n - 1. */
  stakeholders: (StakeholderRow & { id: number })[];
  coordinatorIds: Record<Government, number>;
};

export function insertAccounts(
  client: BetterSqlite3.Database,
  options: { seed: number; count: number; passwordHash: string; windowStart: number; now: number },
): Accounts {
  const insert = client.prepare(
    `INSERT INTO users (email, name, password_hash, role, government, all_pillars, organization, sector, country, preferred_locale,
       email_verified_at, privacy_consent_at, session_version, deactivated_at, is_demo, created_at, updated_at)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 1, NULL, 0, ?, ?)`,
  );
  const scope = client.prepare('INSERT INTO coordinator_pillars (user_id, pillar_id) SELECT ?, id FROM pillars WHERE number = ?');
  const staffIds: Record<string, number> = {};
  for (const [key, staff] of Object.entries(STAFF)) {
    const created = options.windowStart - 365 * 86_400_000;
    const id = Number(
      insert.run(staff.email, staff.name, options.passwordHash, staff.role, staff.government, staff.allPillars ? 1 : 0, null, null, staff.government ?? 'other', staff.government === 'mx' ? 'es' : 'en', created, created, created, created)
        .lastInsertRowid,
    );
    for (const pillar of staff.pillars) scope.run(id, pillar);
    staffIds[key] = id;
  }
  const stakeholders: Accounts['stakeholders'] = [];
  for (let n = 1; n <= options.count; n++) {
    const row = stakeholderRow(options.seed, n, options.windowStart);
    const { lastInsertRowid } = insert.run(
      row.email,
      row.name,
      options.passwordHash,
      'stakeholder',
      null,
      0,
      row.organization,
      row.sector,
      row.country,
      row.preferredLocale,
      row.createdAt,
      row.createdAt,
      row.createdAt,
      row.createdAt,
    );
    stakeholders.push({ ...row, id: Number(lastInsertRowid) });
  }
  return { stakeholders, coordinatorIds: { us: staffIds.coordinatorUs!, mx: staffIds.coordinatorMx! } };
}
