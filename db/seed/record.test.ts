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
    ...record.recommendations.flatMap((r) => [r.title, r.text, r.publicResponse].map((t) => ({ where: `recommendation ${r.ref}`, ...t }))),
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

// Each test names the line of the source copy it follows (sources.json names each document's text copy).
describe('the record, corrected against its sources', () => {
  const progressIn = (file: string) => record.progress.filter((u) => u.source === file);
  const initiative = (slug: string) => record.initiatives.find((i) => i.slug === slug)!;
  const meeting = (slug: string) => record.meetings.find((m) => m.slug === slug)!;

  it('dates no update after the document that reports it: a target date stays in the text (2024-04-19 L470 "expected to be completed by September 21, 2024"; L472 "expects to complete works by June 7, 2024")', () => {
    const late = record.progress.filter((u) => u.date > sourceBySlug.get(u.source)!.date);
    expect(late.map((u) => `${u.initiative} ${u.date}`)).toEqual([]);
    const targets = progressIn('state-mid-year-review-2024-04-19').filter((u) => /September 21, 2024|June 7, 2024/.test(u.text.en));
    expect(targets.map((u) => [u.date, u.kind])).toEqual([
      ['2024-04-19', 'intention'],
      ['2024-04-19', 'intention'],
    ]);
  });

  it('labels the border proposal being finalized an intention (2021-12-13 L31 "are finalizing a proposal")', () => {
    const proposal = progressIn('fact-sheet-2021-12-13').find((u) => u.text.en.includes('finalizing a proposal'))!;
    expect(proposal.kind).toBe('intention');
  });

  it('names no currency for Canada\'s $17.5 million (2024-04-19 L537 "a $17.5 million (over 5 years) call"; news summary L28)', () => {
    const canada = record.progress.filter((u) => u.figure?.value === 17_500_000);
    expect(canada).toHaveLength(2);
    for (const u of canada) {
      expect(u.figure!.unit.en).toMatch(/^dollars \(currency not stated/);
      expect(u.figure!.unit.es).toMatch(/^dólares \(moneda no especificada/);
    }
  });

  it('names leads only where the documents do (2021-12-13 L59 "Both governments plan…"; 2023-09-29 L37 "The U.S. Department of State intends…")', () => {
    expect(initiative('telecommunications-ict-networks').leads).toEqual([]);
    expect(initiative('semiconductor-supply-chains').leads).not.toContain('doc');
    expect(initiative('semiconductor-supply-chains').leads).toContain('state');
  });

  it('names no publisher the 2021 fact sheet does not state (2021-12-13 L5-7 "FOR IMMEDIATE RELEASE")', () => {
    expect(sourceBySlug.get('fact-sheet-2021-12-13')!.publisher).toBe('');
  });

  it('says the year of the February 23 exchange is inferred (2023-04-18 L213 "On February 23")', () => {
    const exchange = progressIn('mid-year-review-2023-04-18').find((u) => u.date === '2023-02-23')!;
    expect(exchange.text.en).toMatch(/^On February 23 \(the review gives no year; 2023 follows/);
    expect(exchange.text.es).toMatch(/^El 23 de febrero \(la revisión no indica el año/);
  });

  it('describes what was only intended as intended (2023-09-29 L37-38 "intends to support a … technical delegation"; 2021-12-13 L60 "intend to establish a non-binding mechanism")', () => {
    expect(initiative('semiconductor-supply-chains').description.en).toMatch(
      /also intended a State Department-supported technical delegation/,
    );
    expect(initiative('semiconductor-supply-chains').description.es).toMatch(/también previeron una delegación técnica/);
    expect(initiative('telecommunications-ict-networks').description.en).toMatch(/intended to establish a non-binding mechanism/);
  });

  it('quotes the talent document under one title wherever it is named (2023-09-29 L96 "Mexican Talent for Economic Growth and Nearshoring")', () => {
    const mentions = bilingualTexts().filter((t) => t.es.includes('Talento mexicano'));
    expect(mentions.length).toBeGreaterThanOrEqual(2);
    for (const t of mentions) expect(t.es, t.where).toContain('“Talento mexicano para el crecimiento económico y el nearshoring”');
  });

  it("records the stakeholder process in the meetings' summaries (2023-04-18 L35-37, L60-62; 2023-09-29 L11; 2024-04-19 L357-361)", () => {
    expect(meeting('2023-04-18-mid-year-review').summary.en).toMatch(/consulted civil society, the private sector, academia, labor/);
    expect(meeting('2023-04-18-mid-year-review').summary.en).toMatch(/gob\.mx\/dean and trade\.gov\/HLED/);
    expect(meeting('2023-09-29-ministerial').summary.en).toMatch(/hosted stakeholder outreach engagements/);
    expect(meeting('2024-04-19-mid-year-review').summary.en).toMatch(
      /considered stakeholder recommendations in areas such as semiconductor supply chain coordination/,
    );
    expect(meeting('2024-04-19-mid-year-review').summary.es).toMatch(/consideraron recomendaciones de las partes interesadas/);
  });

  it('places the 2023 trade figure as context of the 2024 review (2024-04-19 L340-341 "$799 billion")', () => {
    expect(meeting('2024-04-19-mid-year-review').summary.en).toContain('$799 billion');
    expect(meeting('2024-04-19-mid-year-review').summary.es).toContain('799 mil millones de dólares');
  });

  it("gives every delegation lead's title in Spanish, line for line (2023-04-18 L5-9; 2024-04-19 L332-337)", () => {
    const led = record.meetings.filter((m) => m.usLeads.length + m.mxLeads.length > 0);
    expect(led.map((m) => m.slug)).toEqual(['2023-04-18-mid-year-review', '2024-04-19-mid-year-review']);
    for (const m of led) {
      expect(m.usLeadsEs.map((l) => l.split(',')[0])).toEqual(m.usLeads.map((l) => l.split(',')[0]));
      expect(m.mxLeadsEs.map((l) => l.split(',')[0])).toEqual(m.mxLeads.map((l) => l.split(',')[0]));
      expect([...m.usLeadsEs, ...m.mxLeadsEs].join(' ')).not.toMatch(/Under Secretary|Trade Representative|Chief Officer/);
    }
  });

  it('uses one official Spanish name for each binational border mechanism (2023-09-29 L47 "BBBXG"; 2021-12-13 L34 "21st Century Border Management Process"; 2024-04-19 L447-448 "Executive Steering Committee")', () => {
    const spanish = bilingualTexts()
      .map((t) => t.es)
      .join('\n');
    for (const unofficial of [
      'Puentes y Cruces Fronterizos',
      'Gestión Fronteriza del Siglo XXI',
      'Administración Fronteriza del Siglo XXI',
      'Comité Ejecutivo Directivo',
      'Veteranos',
      'Causas de Raíz',
      'MiPyMEs',
      'Calexico East',
      'Otay Mesa East',
    ]) {
      expect(spanish).not.toContain(unofficial);
    }
    expect(spanish).toContain('Grupo Binacional México-Estados Unidos sobre Puentes y Cruces Internacionales');
    expect(spanish).toContain('Proceso para la Administración de la Frontera en el Siglo XXI');
    expect(spanish).toContain('Comité Ejecutivo Bilateral para la Administración de la Frontera Siglo XXI (CEB)');
  });

  it('says "women and adolescent girls" in Spanish too (2021-12-13 L91)', () => {
    const update = progressIn('fact-sheet-2021-12-13').find((u) => u.text.en.includes('women and adolescent girls'))!;
    expect(update.text.es).toContain('mujeres y niñas adolescentes');
  });

  it('leaves the status to the badge: no public response opens with it', () => {
    for (const r of record.recommendations) {
      expect(r.publicResponse.en, r.ref).not.toMatch(/^(Implemented|In progress)\./);
      expect(r.publicResponse.es, r.ref).not.toMatch(/^(Implementada|En curso)\./);
    }
  });

  it('keeps a figure\'s "more than" or "nearly" out of its unit, to be read before the number', () => {
    const figures = record.progress.flatMap((u) => (u.figure ? [u.figure] : []));
    for (const f of figures) {
      expect(f.unit.en).not.toMatch(/\((more than|nearly|almost)\)/);
      expect(f.unit.es).not.toMatch(/\((más de|casi)\)/);
    }
    expect(figures.filter((f) => f.qualifier === 'more_than').length).toBeGreaterThan(10);
  });
});
