import { describe, expect, it } from 'vitest';
import { GET as callGet } from '@/app/api/v1/calls/[slug]/route';
import { seedConsultations } from '@/db/seed/seed-consultations';
import { callJson } from '@/lib/public/api/test-helpers';
import { useTemporaryGlobalDatabase } from '@/test/global-database';
import { roundsTrail } from './read';

const database = useTemporaryGlobalDatabase();

describe('the consultations of the record', () => {
  it('are closed, reported calls citing their source, with the recommendations they raised', async () => {
    const slug = '2023-consultation-before-mid-year-review';
    const { status, body } = await callJson(callGet, `/api/v1/calls/${slug}`, { slug });
    expect(status).toBe(200);
    expect(body.data.state).toBe('reported');
    expect(body.data.meeting.slug).toBe('2023-04-18-mid-year-review');
    expect(body.data.source.slug).toBe('mid-year-review-2023-04-18');
    expect(body.data.introduction.en).toContain('gob.mx/dean and trade.gov/HLED');
    expect(body.data.recommendations.map((r: { ref: string }) => r.ref)).toEqual([
      'HLED-2023-0001',
      'HLED-2023-0002',
      'HLED-2023-0003',
      'HLED-2023-0005',
      'HLED-2023-0006',
      'HLED-2023-0007',
    ]);
    const outreach = await callJson(callGet, '/api/v1/calls/2023-outreach-before-ministerial', {
      slug: '2023-outreach-before-ministerial',
    });
    expect(outreach.body.data.source.slug).toBe('ustr-fact-sheet-2023-09-29');
    expect(outreach.body.data.answers.total).toBe(4);
  });

  it('give a seeded item its trail: raised in the consultation, reported at its meeting', () => {
    const item = database
      .db()
      .query.recommendations.findFirst({ where: (r, { eq }) => eq(r.ref, 'HLED-2023-0004') })
      .sync();
    expect(roundsTrail(item!.id).map((r) => [r.role, r.callSlug])).toEqual([
      ['raised', '2023-outreach-before-ministerial'],
      ['reported', '2023-outreach-before-ministerial'],
    ]);
  });

  it('are written once: seeding again adds nothing', () => {
    expect(seedConsultations(database.db())).toBe(0);
  });
});
