import { describe, expect, it } from 'vitest';
import { readRecordSeed } from './read-record';

const record = readRecordSeed();
const sourceBySlug = new Map(record.sources.map((s) => [s.slug, s]));
const meetingBySlug = new Map(record.meetings.map((m) => [m.slug, m]));

/** Every Spanish text next to its English twin, with where it comes from. */
function bilingualTexts() {
  return [
    ...record.pillars.flatMap((p) => [p.title, p.purpose].map((t) => ({ where: `pillar ${p.slug}`, ...t }))),
    ...record.initiatives.flatMap((i) => [i.title, i.description].map((t) => ({ where: `initiative ${i.slug}`, ...t }))),
    ...record.meetings.flatMap((m) => [m.title, m.summary].map((t) => ({ where: `meeting ${m.slug}`, ...t }))),
    ...record.progress.map((u) => ({ where: `progress ${u.initiative} ${u.date}`, ...u.text })),
    ...record.recommendations.flatMap((r) =>
      [r.title, r.text, r.publicResponse].map((t) => ({ where: `recommendation ${r.ref}`, ...t })),
    ),
  ];
}

describe('the seeded HLED record', () => {
  it('has the four pillars of the fact sheets, in order', () => {
    expect(record.pillars.map((p) => [p.number, p.title.en])).toEqual([
      [1, 'Building Back Together'],
      [2, 'Promoting Sustainable Economic and Social Development in Southern Mexico and Central America'],
      [3, 'Securing the Tools for Future Prosperity'],
      [4, 'Investing in Our People'],
    ]);
  });

  it('has the six meetings from the relaunch to the 2024 mid-year review', () => {
    expect(record.meetings.map((m) => m.date).sort()).toEqual([
      '2021-09-09',
      '2021-12-13',
      '2022-09-12',
      '2023-04-18',
      '2023-09-29',
      '2024-04-19',
    ]);
  });

  it('cites every one of the five source documents', () => {
    const cited = new Set([
      ...record.progress.map((u) => u.source),
      ...record.recommendations.map((r) => r.source),
      ...record.initiatives.flatMap((i) => i.sources),
    ]);
    expect(record.sources).toHaveLength(5);
    expect(record.sources.filter((s) => !cited.has(s.slug)).map((s) => s.slug)).toEqual([]);
  });

  it('has initiatives under every pillar and dozens of dated progress updates', () => {
    for (const pillar of record.pillars) {
      expect(record.initiatives.filter((i) => i.pillar === pillar.slug).length, pillar.slug).toBeGreaterThan(0);
    }
    expect(record.initiatives.length).toBeGreaterThanOrEqual(15);
    expect(record.progress.length).toBeGreaterThanOrEqual(60);
  });

  it('reports progress for every initiative that is not merely planned', () => {
    const reported = new Set(record.progress.map((u) => u.initiative));
    const silent = record.initiatives.filter((i) => i.state !== 'planned' && !reported.has(i.slug)).map((i) => i.slug);
    expect(silent).toEqual([]);
  });

  it('ties each progress update to the meeting its source document reported', () => {
    const mismatched = record.progress.filter((u) => meetingBySlug.get(u.meeting)?.date !== sourceBySlug.get(u.source)?.date);
    expect(mismatched.map((u) => `${u.initiative} ${u.date} ${u.meeting} <- ${u.source}`)).toEqual([]);
  });

  it('never dates an accomplishment after the document that reports it', () => {
    const late = record.progress.filter((u) => u.kind === 'accomplishment' && u.date > sourceBySlug.get(u.source)!.date);
    expect(late.map((u) => `${u.initiative} ${u.date}`)).toEqual([]);
  });

  it('keeps figures as positive numbers with a unit in both languages', () => {
    const figures = record.progress.flatMap((u) => (u.figure ? [u.figure] : []));
    expect(figures.length).toBeGreaterThanOrEqual(10);
    for (const figure of figures) {
      expect(Number.isFinite(figure.value) && figure.value > 0).toBe(true);
    }
  });

  it('enters the stakeholder recommendations of the 2023 documents with their real statuses', () => {
    const statuses = new Set(record.recommendations.map((r) => r.status));
    expect(statuses).toEqual(new Set(['implemented', 'in_progress']));
    const years = new Set(record.recommendations.map((r) => sourceBySlug.get(r.source)!.date.slice(0, 4)));
    expect(years).toEqual(new Set(['2023']));
    const titles = record.recommendations.map((r) => r.title.en.toLowerCase()).join(' | ');
    expect(titles).toMatch(/single window/);
    expect(titles).toMatch(/cybersecurity/);
  });

  it('numbers the seeded recommendations HLED-2023-0001 onward without gaps', () => {
    const refs = record.recommendations.map((r) => r.ref);
    expect(refs).toEqual(refs.map((_, i) => `HLED-2023-${String(i + 1).padStart(4, '0')}`));
  });

  it('writes Spanish, not a copy of the English', () => {
    const texts = bilingualTexts();
    const copied = texts.filter((t) => t.en === t.es && t.en.split(' ').length > 3).map((t) => t.where);
    expect(copied).toEqual([]);
    const accented = texts.filter((t) => /[áéíóúñÁÉÍÓÚÑ]/.test(t.es) && t.es.length > 80);
    const long = texts.filter((t) => t.es.length > 80);
    expect(accented.length / long.length).toBeGreaterThan(0.8);
  });
});
