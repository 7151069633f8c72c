import { sql } from 'drizzle-orm';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createTempDatabase } from '@/test/temp-database';
import { inGroupCommit, MAX_GROUP } from './commit-batcher';

type Temp = ReturnType<typeof createTempDatabase>;
let temp: Temp;

beforeEach(() => {
  temp = createTempDatabase({ seed: false });
  temp.db.run(sql`create table jot (name text not null unique)`);
});
afterEach(() => temp.dispose());

const names = () => temp.db.all<{ name: string }>(sql`select name from jot order by rowid`).map((row) => row.name);
const jot = (name: string) => (tx: Parameters<Parameters<typeof inGroupCommit>[1]>[0]) => {
  tx.run(sql`insert into jot (name) values (${name})`);
  return name;
};

describe('group commit', () => {
  it('commits the work queued together in one transaction and settles each piece only after the commit', async () => {
    const commits = vi.spyOn(temp.db, 'transaction');
    const settledOutside: boolean[] = [];
    const pieces = ['a', 'b', 'c'].map((name) =>
      inGroupCommit(temp.db, jot(name)).then((value) => {
        settledOutside.push(!temp.db.$client.inTransaction);
        return value;
      }),
    );
    expect(await Promise.all(pieces)).toEqual(['a', 'b', 'c']);
    expect(commits).toHaveBeenCalledTimes(1);
    expect(settledOutside).toEqual([true, true, true]);
    expect(names()).toEqual(['a', 'b', 'c']);
  });

  it('undoes only the failing piece: the others of its group are committed', async () => {
    const failing = inGroupCommit(temp.db, (tx) => {
      jot('half-done')(tx);
      throw new Error('refused');
    });
    const results = await Promise.allSettled([inGroupCommit(temp.db, jot('first')), failing, inGroupCommit(temp.db, jot('last'))]);
    expect(results.map((r) => r.status)).toEqual(['fulfilled', 'rejected', 'fulfilled']);
    expect(names()).toEqual(['first', 'last']);
  });

  it('lets each piece see the pieces before it, as one after another would', async () => {
    const results = await Promise.allSettled([
      inGroupCommit(temp.db, jot('x')),
      inGroupCommit(temp.db, (tx) => tx.all<{ name: string }>(sql`select name from jot`).length),
      inGroupCommit(temp.db, jot('x')),
    ]);
    expect(results[1]).toEqual({ status: 'fulfilled', value: 1 });
    // The unique name: the second 'x' sees the first and fails alone.
    expect(results.map((r) => r.status)).toEqual(['fulfilled', 'fulfilled', 'rejected']);
    expect(names()).toEqual(['x']);
  });

  it('rejects every piece of a group whose transaction fails, and acknowledges none of them', async () => {
    // As when BEGIN IMMEDIATE times out on a busy database or the COMMIT cannot reach the disk.
    vi.spyOn(temp.db, 'transaction').mockImplementationOnce(() => {
      throw new Error('database is locked');
    });
    const results = await Promise.allSettled([inGroupCommit(temp.db, jot('p')), inGroupCommit(temp.db, jot('q'))]);
    expect(results.map((r) => r.status)).toEqual(['rejected', 'rejected']);
    expect(names()).toEqual([]);
  });

  it('splits a long queue into several commits', async () => {
    const commits = vi.spyOn(temp.db, 'transaction');
    await Promise.all(Array.from({ length: MAX_GROUP + 1 }, (_, i) => inGroupCommit(temp.db, jot(`n${i}`))));
    expect(commits).toHaveBeenCalledTimes(2);
    expect(names()).toHaveLength(MAX_GROUP + 1);
  });
});
