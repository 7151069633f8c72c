import { execFile } from 'node:child_process';
import path from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { users } from '@/db/schema';
import { createTempDatabase } from '@/test/temp-database';
import { allocateReference, formatReference } from './reference';

const run = promisify(execFile);
const WORKER = path.join(process.cwd(), 'test', 'fixtures', 'submit-worker.ts');

describe('reference numbers', () => {
  it('have the year and at least four digits', () => {
    expect(formatReference(2026, 42)).toBe('HLED-2026-0042');
    expect(formatReference(2026, 12345)).toBe('HLED-2026-12345');
  });

  it('start again at 1 each year and continue after the seeded record', () => {
    const temp = createTempDatabase();
    try {
      // The seeded record uses HLED-2023-0001 to -0010.
      expect(temp.db.transaction((tx) => allocateReference(tx, 2023))).toBe('HLED-2023-0011');
      expect(temp.db.transaction((tx) => allocateReference(tx, 2030))).toBe('HLED-2030-0001');
    } finally {
      temp.dispose();
    }
  });

  it("gives a rolled-back submission's number to the next one: no gaps", () => {
    const temp = createTempDatabase();
    try {
      expect(() =>
        temp.db.transaction((tx) => {
          allocateReference(tx, 2031);
          throw new Error('the insert failed');
        }),
      ).toThrow('the insert failed');
      expect(temp.db.transaction((tx) => allocateReference(tx, 2031))).toBe('HLED-2031-0001');
    } finally {
      temp.dispose();
    }
  });

  it('are unique and gap-free when four processes submit at once', async () => {
    const temp = createTempDatabase();
    try {
      const user = temp.db
        .insert(users)
        .values({ email: 'concurrent@example.org', name: 'Concurrent', preferredLocale: 'en' })
        .returning({ id: users.id })
        .get();
      const perWorker = 25;
      const outputs = await Promise.all(
        [1, 2, 3, 4].map(() =>
          run(
            process.execPath,
            ['--conditions=react-server', '--import', 'tsx', WORKER, temp.file, String(user.id), String(perWorker), '2032'],
            {
              cwd: process.cwd(),
            },
          ),
        ),
      );
      const refs = outputs.flatMap(({ stdout }) => JSON.parse(stdout) as string[]);
      expect(refs).toHaveLength(4 * perWorker);
      expect([...refs].sort()).toEqual(Array.from({ length: 4 * perWorker }, (_, i) => formatReference(2032, i + 1)));
      const stored = temp.db.$client.prepare("select count(*) n from recommendations where ref like 'HLED-2032-%'").get() as { n: number };
      expect(stored.n).toBe(4 * perWorker);
    } finally {
      temp.dispose();
    }
  }, 60_000);
});
