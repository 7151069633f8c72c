/**
 * Reads the HLED record's seed files and checks them: each file against its schema,
 * then every cross-reference (pillar, initiative, meeting, source, agency slugs) and uniqueness.
 * Throws one error listing every problem, so a reviewer fixing a data file sees them all at once.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { recordSeed, type RecordSeed } from './format';

export const RECORD_DIR = path.join(process.cwd(), 'db', 'seed', 'record');
const FILES = ['sources', 'agencies', 'pillars', 'meetings', 'initiatives', 'recommendations'] as const;

const readJson = (file: string): unknown => JSON.parse(readFileSync(file, 'utf8'));

/** Progress updates live one file per source document (progress/*.json), so each can be checked against its document. */
function readProgress(dir: string): unknown[] {
  const folder = path.join(dir, 'progress');
  return readdirSync(folder)
    .filter((name) => name.endsWith('.json'))
    .sort()
    .flatMap((name) => readJson(path.join(folder, name)) as unknown[]);
}

export function readRecordSeed(dir = RECORD_DIR): RecordSeed {
  const raw = {
    ...Object.fromEntries(FILES.map((name) => [name, readJson(path.join(dir, `${name}.json`))])),
    progress: readProgress(dir),
  };
  const parsed = recordSeed.safeParse(raw);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((i) => `  ${i.path.join('.')}: ${i.message}`);
    throw new Error(`The seed record in ${dir} does not match its format:\n${lines.join('\n')}`);
  }
  const problems = findReferenceProblems(parsed.data);
  if (problems.length > 0) {
    throw new Error(`The seed record in ${dir} has broken references:\n  ${problems.join('\n  ')}`);
  }
  return parsed.data;
}

export function findReferenceProblems(record: RecordSeed): string[] {
  const problems: string[] = [];
  const slugsOf = (kind: string, items: { slug: string }[]) => {
    const set = new Set<string>();
    for (const { slug } of items) {
      if (set.has(slug)) problems.push(`${kind} "${slug}" appears twice`);
      set.add(slug);
    }
    return set;
  };
  const sources = slugsOf('source', record.sources);
  const agencies = slugsOf('agency', record.agencies);
  const pillars = slugsOf('pillar', record.pillars);
  const meetings = slugsOf('meeting', record.meetings);
  const initiatives = slugsOf('initiative', record.initiatives);
  const expect = (set: Set<string>, kind: string, value: string, where: string) => {
    if (!set.has(value)) problems.push(`${where} names unknown ${kind} "${value}"`);
  };

  for (const p of record.pillars) p.sources.forEach((s) => expect(sources, 'source', s, `pillar ${p.slug}`));
  for (const m of record.meetings) m.sources.forEach((s) => expect(sources, 'source', s, `meeting ${m.slug}`));
  for (const i of record.initiatives) {
    expect(pillars, 'pillar', i.pillar, `initiative ${i.slug}`);
    i.leads.forEach((a) => expect(agencies, 'agency', a, `initiative ${i.slug}`));
    i.sources.forEach((s) => expect(sources, 'source', s, `initiative ${i.slug}`));
  }
  record.progress.forEach((u, index) => {
    const where = `progress[${index}] (${u.initiative} ${u.date})`;
    expect(initiatives, 'initiative', u.initiative, where);
    expect(meetings, 'meeting', u.meeting, where);
    expect(sources, 'source', u.source, where);
  });
  const refs = new Set<string>();
  for (const r of record.recommendations) {
    if (refs.has(r.ref)) problems.push(`recommendation "${r.ref}" appears twice`);
    refs.add(r.ref);
    expect(pillars, 'pillar', r.pillar, `recommendation ${r.ref}`);
    expect(meetings, 'meeting', r.meeting, `recommendation ${r.ref}`);
    expect(sources, 'source', r.source, `recommendation ${r.ref}`);
    r.initiatives.forEach((l) => expect(initiatives, 'initiative', l.slug, `recommendation ${r.ref}`));
  }
  return problems;
}
