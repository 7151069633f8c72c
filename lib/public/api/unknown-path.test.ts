import { beforeAll, describe, expect, it } from 'vitest';
import * as catchAll from '@/app/api/[...path]/route';
import { GET as openapiGet } from '@/app/api/v1/openapi.json/route';
import * as pillars from '@/app/api/v1/pillars/route';
import { useTemporaryGlobalDatabase } from '@/test/global-database';
import { call, callJson, openApiValidator, routeFiles } from './test-helpers';

useTemporaryGlobalDatabase();
// The document as a client reads it, without the server's types.
let doc: any;
let errorsAgainst: Awaited<ReturnType<typeof openApiValidator>>;

beforeAll(async () => {
  doc = (await callJson(openapiGet, '/api/v1/openapi.json')).body;
  errorsAgainst = await openApiValidator(doc);
});

const METHODS = ['DELETE', 'OPTIONS', 'PATCH', 'POST', 'PUT'] as const;

describe('an address under /api that no route has', () => {
  it('answers GET with a JSON 404 in the documented error shape, readable from any origin', async () => {
    for (const url of ['/api/v1/nope', '/api/v1/recommendations/HLED-2026-0001/extra', '/api/nope']) {
      const response = await call(catchAll.GET as never, url);
      expect(response.status, url).toBe(404);
      expect(response.headers.get('content-type')).toContain('application/json');
      expect(response.headers.get('access-control-allow-origin')).toBe('*');
      const body = await response.json();
      expect(errorsAgainst('#/components/responses/NotFound')(body), url).toEqual([]);
      expect(body.error).toMatchObject({ status: 404, message: expect.stringContaining(url) });
    }
  });

  it('answers every other method with the same 404, not HTML', async () => {
    for (const method of METHODS) {
      const response = catchAll[method](new Request('http://localhost/api/v1/nope', { method }));
      expect(response.status, method).toBe(404);
      expect(errorsAgainst('#/components/responses/NotFound')(await response.json()), method).toEqual([]);
    }
  });

  it('fails the validator when the shape is wrong, so the checks above can fail', () => {
    expect(errorsAgainst('#/components/responses/NotFound')({ error: { status: '404' } })).not.toEqual([]);
  });
});

describe('the document', () => {
  it('describes 405 with an Allow header for every write method of every address', async () => {
    expect(Object.keys(doc.paths).length).toBe(routeFiles().length + 1);
    for (const [address, operations] of Object.entries<any>(doc.paths)) {
      for (const method of ['post', 'put', 'patch', 'delete']) {
        expect(operations[method]?.responses?.['405']?.$ref, `${method} ${address}`).toBe('#/components/responses/MethodNotAllowed');
      }
    }
    expect(doc.components.responses.MethodNotAllowed.headers.Allow).toBeDefined();
    // Every operation of an address with a {parameter} declares it (OpenAPI: path parameters must be defined).
    for (const [address, item] of Object.entries<any>(doc.paths)) {
      for (const [, name] of address.matchAll(/\{(\w+)\}/g)) {
        expect(
          item.parameters?.some((p: { name: string; in: string }) => p.name === name && p.in === 'path'),
          address,
        ).toBe(true);
      }
    }
    const refused = pillars.POST();
    expect(refused.headers.get('allow')).toBe('GET, HEAD, OPTIONS');
    expect(errorsAgainst('#/components/responses/MethodNotAllowed')(await refused.json())).toEqual([]);
  });

  it('says what any other address answers', () => {
    expect(doc.info.description).toMatch(/not listed here gets 404/);
    expect(doc.components.responses.NotFound.description).toMatch(/Any other address under \/api/);
  });
});
