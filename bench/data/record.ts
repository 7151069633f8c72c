/**
 * The record the bench adds to the seeded one: more initiatives, so the register's initiative filter and the
 * coordinators' link forms have a realistic number to choose from.
 */
import type BetterSqlite3 from 'better-sqlite3';
import { streamFor } from './prng';
import { SUBJECTS } from './vocabulary';

const PREFIXES = [
  ['Binational program on', 'Programa binacional sobre'],
  ['Working group on', 'Grupo de trabajo sobre'],
  ['Joint initiative on', 'Iniciativa conjunta sobre'],
  ['Task force on', 'Grupo especial sobre'],
] as const;

/** Adds initiatives, always to the pillar with the fewest, until there are `total`; returns their ids by pillar number. */
export function addInitiatives(client: BetterSqlite3.Database, seed: number, total: number, now: number): Map<number, number[]> {
  const pillars = client.prepare('SELECT id, number FROM pillars ORDER BY number').all() as { id: number; number: number }[];
  const existing = client.prepare('SELECT id, pillar_id AS pillarId FROM initiatives').all() as { id: number; pillarId: number }[];
  const agencies = client.prepare('SELECT id, government FROM agencies').all() as { id: number; government: 'us' | 'mx' }[];
  const byPillar = new Map<number, number[]>(pillars.map((p) => [p.number, existing.filter((i) => i.pillarId === p.id).map((i) => i.id)]));
  const insert = client.prepare(
    `INSERT INTO initiatives (slug, pillar_id, title_en, title_es, description_en, description_es, state, version, created_at, updated_at)
     VALUES (?, ?, ?, ?, ?, ?, ?, 1, ?, ?)`,
  );
  const lead = client.prepare('INSERT INTO initiative_leads (initiative_id, agency_id) VALUES (?, ?)');
  let count = existing.length;
  for (let n = 1; count < total; n++, count++) {
    const pillar = pillars.reduce((fewest, p) => (byPillar.get(p.number)!.length < byPillar.get(fewest.number)!.length ? p : fewest));
    const rng = streamFor(seed ^ 0x1417, n);
    const [prefixEn, prefixEs] = rng.pick(PREFIXES);
    const [subjectEn, subjectEs] = rng.pick(SUBJECTS[pillar.number - 1]!);
    const state = rng.weighted({ active: 70, planned: 15, completed: 15 });
    const { lastInsertRowid } = insert.run(
      `bench-${pillar.number}-${String(n).padStart(3, '0')}`,
      pillar.id,
      `${prefixEn} ${subjectEn}`,
      `${prefixEs} ${subjectEs}`,
      `The two governments work together on ${subjectEn}, with the agencies that lead this initiative and the stakeholders who asked for it.`,
      `Los dos gobiernos trabajan juntos en ${subjectEs}, con las dependencias que encabezan esta iniciativa y las partes interesadas que la pidieron.`,
      state,
      now,
      now,
    );
    const id = Number(lastInsertRowid);
    for (const government of ['us', 'mx'] as const) lead.run(id, rng.pick(agencies.filter((a) => a.government === government)).id);
    byPillar.get(pillar.number)!.push(id);
  }
  return byPillar;
}
