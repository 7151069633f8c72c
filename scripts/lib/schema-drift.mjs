/**
 * Do db/schema and the committed migrations agree? drizzle-kit's own `check` only checks the migration
 * folder against itself, so this generates a migration from the schema into a temporary copy of
 * db/migrations: the schema agrees when drizzle-kit finds nothing to migrate. A change to db/schema
 * without `npm run db:generate` therefore fails `npm test` and `npm run check`.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import path from 'node:path';

const require = createRequire(import.meta.url);
// The CLI itself (its package exports only the config API, whose entry sits beside bin.cjs).
const drizzleKit = path.join(path.dirname(require.resolve('drizzle-kit')), 'bin.cjs');

/**
 * Generates from `schema` (a path relative to `cwd`) on top of a copy of `migrations`.
 * Returns `{ ok: true }`, or `{ ok: false, problem }` with the SQL a migration would need.
 */
export function schemaDrift({ cwd = process.cwd(), schema = './db/schema/index.ts', migrations = 'db/migrations' } = {}) {
  const out = mkdtempSync(path.join(tmpdir(), 'hled-schema-check-'));
  try {
    cpSync(path.resolve(cwd, migrations), out, { recursive: true });
    const before = new Set(readdirSync(out));
    // drizzle-kit joins './' to --out, so it must be relative. No stdin: a question (a rename?) fails the check.
    const args = ['generate', '--dialect', 'sqlite', '--schema', schema, '--out', path.relative(cwd, out), '--casing', 'snake_case'];
    const result = spawnSync(process.execPath, [drizzleKit, ...args], {
      cwd,
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'pipe'],
      timeout: 120_000,
    });
    if (result.status !== 0)
      return { ok: false, problem: `drizzle-kit generate did not finish:\n${result.stderr || result.stdout || result.error}` };
    const added = readdirSync(out).filter((file) => !before.has(file) && file.endsWith('.sql'));
    if (added.length === 0) return { ok: true };
    const sql = added.map((file) => readFileSync(path.join(out, file), 'utf8')).join('\n');
    return {
      ok: false,
      problem: `db/schema has changes no committed migration makes; run npm run db:generate. It would generate:\n${sql}`,
    };
  } finally {
    rmSync(out, { recursive: true, force: true });
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const result = schemaDrift();
  if (result.ok) console.log('db/schema and db/migrations agree.');
  else {
    console.error(result.problem);
    process.exit(1);
  }
}
