/**
 * db/schema and the committed migrations agree (scripts/lib/schema-drift.mjs), and the check would notice
 * a schema change made without generating its migration.
 */
import { describe, expect, it } from 'vitest';
import { schemaDrift } from '@/scripts/lib/schema-drift.mjs';

describe('the schema and the migrations', () => {
  it('agree: generating from db/schema finds nothing to migrate', () => {
    const result = schemaDrift();
    expect(result.ok, result.ok ? '' : result.problem).toBe(true);
  }, 120_000);

  it('disagree when a table is added to the schema without a migration, and say what is missing', () => {
    const result = schemaDrift({ schema: './test/fixtures/schema-drift/schema-with-new-table.ts' });
    expect(result.ok).toBe(false);
    expect(result.ok ? '' : result.problem).toMatch(/CREATE TABLE `calls_for_input`/);
  }, 120_000);
});
