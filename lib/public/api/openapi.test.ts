import { beforeAll, describe, expect, it } from 'vitest';
import { GET as initiativeGet } from '@/app/api/v1/initiatives/[slug]/route';
import { GET as initiativesGet } from '@/app/api/v1/initiatives/route';
import { GET as meetingGet } from '@/app/api/v1/meetings/[slug]/route';
import { GET as meetingsGet } from '@/app/api/v1/meetings/route';
import { GET as openapiGet } from '@/app/api/v1/openapi.json/route';
import { GET as pillarsGet } from '@/app/api/v1/pillars/route';
import { GET as recommendationGet } from '@/app/api/v1/recommendations/[ref]/route';
import { GET as recommendationsGet } from '@/app/api/v1/recommendations/route';
import { SECTORS } from '@/db/schema/accounts';
import { seedDemoData } from '@/lib/accounts/demo-seed';
import { PUBLIC_STATUSES, REGISTER_SORTS } from '@/lib/public/register-filters';
import { useTemporaryGlobalDatabase } from '@/test/global-database';
import { CSV_COLUMNS } from './csv';
import { callJson, routeFiles } from './test-helpers';

const database = useTemporaryGlobalDatabase();
type Schema = { $ref?: string; allOf?: Schema[]; properties?: Record<string, Schema>; required?: string[] };
// The document as a client reads it, without the server's types.
let doc: any;

beforeAll(async () => {
  await seedDemoData(database.db());
  doc = (await callJson(openapiGet, '/api/v1/openapi.json')).body;
});

/** The property names a schema gives, following $ref and allOf. */
function shape(schema: Schema): { properties: Set<string>; required: Set<string> } {
  if (schema.$ref) return shape(doc.components.schemas[schema.$ref.split('/').pop()!]);
  const parts = schema.allOf?.map(shape) ?? [];
  return {
    properties: new Set([...Object.keys(schema.properties ?? {}), ...parts.flatMap((p) => [...p.properties])]),
    required: new Set([...(schema.required ?? []), ...parts.flatMap((p) => [...p.required])]),
  };
}

function expectShape(value: Record<string, unknown>, schemaName: string) {
  const { properties, required } = shape({ $ref: `#/components/schemas/${schemaName}` });
  expect([...properties].sort(), schemaName).toEqual(expect.arrayContaining(Object.keys(value).sort()));
  expect(Object.keys(value), schemaName).toEqual(expect.arrayContaining([...required]));
}

describe('GET /api/v1/openapi.json', () => {
  it('is an OpenAPI 3.1 document describing every route under app/api/v1, and the feed', () => {
    expect(doc.openapi).toBe('3.1.0');
    expect(Object.keys(doc.paths).sort()).toEqual([...routeFiles().map((r) => r.address), '/feed.xml'].sort());
  });

  it('takes the allowed values from the code', () => {
    const params = doc.paths['/api/v1/recommendations'].get.parameters as { name: string; schema: { enum?: string[]; maximum?: number } }[];
    const param = (name: string) => params.find((p) => p.name === name)!.schema;
    expect(param('status').enum).toEqual([...PUBLIC_STATUSES]);
    expect(param('sort').enum).toEqual([...REGISTER_SORTS]);
    expect(param('sector').enum).toEqual([...SECTORS]);
    expect(param('per_page').maximum).toBe(100);
    expect(doc.paths['/api/v1/recommendations.csv'].get.summary).toContain(CSV_COLUMNS.map((c) => c.name).join(', '));
  });

  it('describes the errors and resolves every reference', () => {
    const text = JSON.stringify(doc);
    for (const [, name] of text.matchAll(/"#\/components\/(?:schemas|responses)\/(\w+)"/g)) {
      expect(doc.components.schemas[name!] ?? doc.components.responses[name!], name).toBeDefined();
    }
    const recommendation = doc.paths['/api/v1/recommendations/{ref}'].get.responses;
    expect(Object.keys(recommendation).sort()).toEqual(['200', '304', '404', '429', '500']);
    expect(doc.components.responses.TooManyRequests.headers['Retry-After']).toBeDefined();
  });

  it('describes the shapes the endpoints return', async () => {
    const first = async (get: typeof pillarsGet, url: string) => (await callJson(get, url)).body.data[0];
    expectShape(await first(pillarsGet, '/api/v1/pillars'), 'Pillar');
    expectShape(await first(initiativesGet, '/api/v1/initiatives'), 'Initiative');
    expectShape(await first(meetingsGet, '/api/v1/meetings'), 'Meeting');
    expectShape(await first(recommendationsGet, '/api/v1/recommendations'), 'Recommendation');
    const initiatives = (await callJson(initiativesGet, '/api/v1/initiatives')).body.data as {
      slug: string;
      recommendation_count: number;
    }[];
    const slug = initiatives.find((i) => i.recommendation_count > 0)!.slug;
    const initiative = (await callJson(initiativeGet, `/api/v1/initiatives/${slug}`, { slug })).body.data;
    expectShape(initiative, 'InitiativeDetail');
    expectShape(initiative.progress[0], 'ProgressUpdate');
    const meetingSlug = (await first(meetingsGet, '/api/v1/meetings')).slug;
    expectShape((await callJson(meetingGet, `/api/v1/meetings/${meetingSlug}`, { slug: meetingSlug })).body.data, 'MeetingDetail');
    const recommendation = (await callJson(recommendationGet, '/api/v1/recommendations/HLED-2023-0001', { ref: 'HLED-2023-0001' })).body
      .data;
    expectShape(recommendation, 'RecommendationDetail');
    expectShape(recommendation.links[0].progress[0], 'ProgressUpdate');
  });
});
