/** For the open-data tests: finding the routes, calling a GET the way Next does, reading a CSV back. */
import { readdirSync } from 'node:fs';
import path from 'node:path';
import { CONNECTION_HEADER, stampedHeaders } from '@/lib/rate-limit/connection';

/** Every route file under app/api/v1 (and the feed), with its address as OpenAPI writes it: `[ref]` is `{ref}`. */
export function routeFiles(dir = path.join(process.cwd(), 'app/api/v1'), address = '/api/v1'): { file: string; address: string }[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const inner = path.join(dir, entry.name);
    if (entry.isFile()) return entry.name === 'route.ts' ? [{ file: inner, address }] : [];
    return routeFiles(inner, `${address}/${entry.name.replace(/^\[(.+)\]$/, '{$1}')}`);
  });
}

export type RouteGet<P> = (request: Request, context: { params: Promise<P> }) => Promise<Response>;

let callers = 0;

/**
 * A GET as the server receives it: with the connection stamp a running server adds (lib/rate-limit),
 * from a caller of its own unless `init` gives one, so tests of other things never meet the rate limit.
 */
export function call<P extends Record<string, string>>(
  get: RouteGet<P>,
  url: string,
  params = {} as P,
  init?: RequestInit,
): Promise<Response> {
  const headers = new Headers(init?.headers);
  if (!headers.has(CONNECTION_HEADER)) {
    callers++;
    headers.set(CONNECTION_HEADER, stampedHeaders(`198.18.${(callers >> 8) & 255}.${callers & 255}`).get(CONNECTION_HEADER)!);
  }
  return get(new Request(new URL(url, 'http://localhost'), { ...init, headers }), { params: Promise.resolve(params) });
}

export async function callJson<P extends Record<string, string>>(get: RouteGet<P>, url: string, params = {} as P) {
  const response = await call(get, url, params);
  // The body is read as a client would, without the server's types.
  return { status: response.status, headers: response.headers, body: (await response.json()) as any };
}

/** RFC 4180: quoted cells may hold commas, quotes (doubled) and line breaks. */
export function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        cell += '"';
        i++;
      } else if (c === '"') quoted = false;
      else cell += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') {
      row.push(cell);
      cell = '';
    } else if (c === '\r' && text[i + 1] === '\n') {
      row.push(cell);
      rows.push(row);
      row = [];
      cell = '';
      i++;
    } else cell += c;
  }
  return rows;
}

/**
 * Validates bodies against the served OpenAPI document with Ajv (JSON Schema 2020-12, the dialect of
 * OpenAPI 3.1) and its formats: an independent validator rather than the app's own schemas.
 * `pointer` is a JSON pointer into the document, e.g. `#/components/responses/NotFound`.
 */
export async function openApiValidator(document: object) {
  const { default: Ajv2020 } = await import('ajv/dist/2020');
  const { default: addFormats } = await import('ajv-formats');
  const ajv = new Ajv2020({ strict: false, allErrors: true });
  addFormats(ajv);
  ajv.addSchema(document, 'openapi.json');
  return (pointer: string, media = 'application/json') => {
    const validate = ajv.compile({ $ref: `openapi.json${pointer}/content/${media.replace('/', '~1')}/schema` });
    return (body: unknown) => (validate(body) ? [] : (validate.errors ?? []).map((e) => `${e.instancePath || '/'} ${e.message}`));
  };
}
