import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { libreTranslate, machineTranslation } from './machine';

/**
 * A stand-in for a LibreTranslate server on this machine: POST /translate with {q, source, target,
 * format, api_key}, answering {translatedText} (a list for a list), or an error for a wrong key.
 */
const requests: Record<string, unknown>[] = [];
let server: Server;
let url: string;
let answer: 'translate' | 'broken' | 'short' = 'translate';

const DICTIONARY: Record<string, string> = {
  'Ventanilla única': 'Single window',
  'Crear una ventanilla única para exportadores.': 'Create a single window for exporters.',
};

async function bodyOf(request: IncomingMessage): Promise<Record<string, unknown>> {
  let text = '';
  for await (const chunk of request) text += chunk;
  return JSON.parse(text) as Record<string, unknown>;
}

beforeAll(async () => {
  server = createServer(async (request, response) => {
    const body = await bodyOf(request);
    requests.push({ path: request.url, method: request.method, ...body });
    response.setHeader('content-type', 'application/json');
    if (body.api_key !== 'secret') {
      response.statusCode = 403;
      return response.end(JSON.stringify({ error: 'Invalid API key' }));
    }
    if (answer === 'broken') return response.end('not json');
    const q = body.q as string[];
    const translated = q.map((text) => DICTIONARY[text] ?? '');
    response.end(JSON.stringify({ translatedText: answer === 'short' ? translated.slice(0, 1) : translated }));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/`;
});

afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

describe('machine drafts through a LibreTranslate-compatible service', () => {
  it('sends the texts, languages and key as LibreTranslate expects, and returns the drafts in order', async () => {
    answer = 'translate';
    const translate = libreTranslate({ url, apiKey: 'secret' });
    const drafts = await translate(['Ventanilla única', 'Crear una ventanilla única para exportadores.'], 'es', 'en');
    expect(drafts).toEqual(['Single window', 'Create a single window for exporters.']);
    expect(requests.at(-1)).toEqual({
      path: '/translate',
      method: 'POST',
      q: ['Ventanilla única', 'Crear una ventanilla única para exportadores.'],
      source: 'es',
      target: 'en',
      format: 'text',
      api_key: 'secret',
    });
  });

  it('refuses, with a message for the coordinator, a rejected key, a broken answer, a missing draft or no server', async () => {
    answer = 'translate';
    await expect(libreTranslate({ url, apiKey: 'wrong' })(['Ventanilla única'], 'es', 'en')).rejects.toThrow(
      'machineTranslationUnavailable',
    );
    answer = 'broken';
    await expect(libreTranslate({ url, apiKey: 'secret' })(['Ventanilla única'], 'es', 'en')).rejects.toThrow(
      'machineTranslationUnavailable',
    );
    answer = 'short';
    await expect(
      libreTranslate({ url, apiKey: 'secret' })(['Ventanilla única', 'Crear una ventanilla única para exportadores.'], 'es', 'en'),
    ).rejects.toThrow('machineTranslationUnavailable');
    answer = 'translate';
    await expect(libreTranslate({ url, apiKey: 'secret' })(['Texto sin entrada'], 'es', 'en')).rejects.toThrow(
      'machineTranslationUnavailable',
    );
    await expect(libreTranslate({ url: 'http://127.0.0.1:1', apiKey: 'secret' })(['Ventanilla única'], 'es', 'en')).rejects.toThrow(
      'machineTranslationUnavailable',
    );
  });

  it('is off, and sends nothing anywhere, without TRANSLATE_URL', () => {
    const before = requests.length;
    expect(machineTranslation({})).toBeNull();
    expect(machineTranslation({ TRANSLATE_URL: '  ' })).toBeNull();
    expect(requests).toHaveLength(before);
    expect(machineTranslation({ TRANSLATE_URL: url })).toBeTypeOf('function');
  });
});
