import { describe, expect, it } from 'vitest';
import { readRecordSeed } from '@/db/seed/read-record';
import en from './en.json';
import es from './es.json';

type Tree = { [key: string]: string | Tree };
const strings = (tree: Tree): string[] => Object.values(tree).flatMap((v) => (typeof v === 'string' ? [v] : strings(v)));
const spanishUi = strings(es as Tree);
const record = readRecordSeed();
const spanishRecord = [
  ...record.initiatives.flatMap((i) => [i.title.es, i.description.es]),
  ...record.meetings.flatMap((m) => [m.title.es, m.summary.es, ...m.usLeadsEs, ...m.mxLeadsEs]),
  ...record.progress.flatMap((u) => [u.text.es, u.figure?.unit.es ?? '']),
  ...record.recommendations.flatMap((r) => [r.title.es, r.text.es, r.publicResponse.es, ...r.initiatives.map((l) => l.explanation.es)]),
];

describe('the Spanish terminology', () => {
  it('names the site for what it tracks, recommendations', () => {
    expect((es as Tree & { site: { name: string } }).site.name).toBe('Seguimiento de Recomendaciones del DEAN');
    expect(spanishUi.filter((s) => s.includes('Seguimiento de Actores'))).toEqual([]);
  });

  it('uses one term for stakeholders, "partes interesadas", in the interface and in the record', () => {
    const other = [...spanishUi, ...spanishRecord].filter((s) => /\bactor(es)? interesad/i.test(s));
    expect(other).toEqual([]);
    expect(spanishUi.some((s) => s.includes('partes interesadas'))).toBe(true);
  });

  it('calls an intention a planned action, not a commitment the governments did not make', () => {
    const ui = es as unknown as { progressKind: { intention: string }; charts: { intentions: string } };
    expect(ui.progressKind.intention).toBe('Acción prevista');
    expect(spanishUi.filter((s) => /compromiso/i.test(s))).toEqual([]);
    expect((en as unknown as { progressKind: { intention: string } }).progressKind.intention).toBe('Intention');
  });

  it('quotes with “ ” only and writes "informar", not the anglicism "reportar"', () => {
    expect(spanishUi.filter((s) => /[«»]/.test(s))).toEqual([]);
    expect([...spanishUi, ...spanishRecord].filter((s) => /\breport(a|ó|ada|ado|ar)\b/i.test(s))).toEqual([]);
  });
});
