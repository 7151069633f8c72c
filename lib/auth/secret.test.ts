import { statSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { useTemporaryGlobalDatabase } from '@/test/global-database';
import { getAuthSecret } from './secret';

const database = useTemporaryGlobalDatabase();

/** Every row of every table, as text: the secret must be in none of them. */
function everythingStored(): string {
  const client = database.db().$client;
  const tables = client
    .prepare("select name from sqlite_master where type = 'table' and sql not like 'CREATE VIRTUAL%'")
    .pluck()
    .all() as string[];
  return tables.map((table) => JSON.stringify(client.prepare(`select * from "${table}"`).raw().all())).join('\n');
}

describe('the demo session secret', () => {
  it('I8: is kept outside the database, so a copy of the database cannot sign sessions', () => {
    const secret = getAuthSecret();
    expect(secret.length).toBeGreaterThanOrEqual(32);
    expect(getAuthSecret()).toBe(secret);
    expect(everythingStored().includes(secret)).toBe(false);
    expect(statSync(`${database.file()}.secret`).mode & 0o077).toBe(0);
  });
});
