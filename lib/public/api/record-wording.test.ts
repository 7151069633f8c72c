import { describe, expect, it } from 'vitest';
import { GET as meetingGet } from '@/app/api/v1/meetings/[slug]/route';
import { useTemporaryGlobalDatabase } from '@/test/global-database';
import { callJson } from './test-helpers';

useTemporaryGlobalDatabase();

describe('the open data of a meeting', () => {
  it("gives a figure's qualifier on its own and the delegation leads in both languages", async () => {
    const { status, body } = await callJson(meetingGet, '/api/v1/meetings/2024-04-19-mid-year-review', {
      slug: '2024-04-19-mid-year-review',
    });
    expect(status).toBe(200);
    const forum = body.data.progress.find((p: { text: { en: string } }) => p.text.en.includes('CANIETI'));
    expect(forum.figure).toEqual({
      value: 160,
      qualifier: 'more_than',
      unit: { en: 'participants at the first forum', es: 'participantes en el primer foro' },
    });
    expect(body.data.leads.mx[0]).toBe('Alejandro Encinas, Under Secretary of Foreign Trade');
    expect(body.data.leads_es.mx[0]).toBe('Alejandro Encinas, subsecretario de Comercio Exterior');
  });
});
