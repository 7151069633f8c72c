/**
 * Optional machine drafts through a LibreTranslate-compatible service (POST {url}/translate with
 * {q, source, target, format, api_key?}, answering {translatedText}). Configured by TRANSLATE_URL (and
 * TRANSLATE_API_KEY when the service wants one). Without TRANSLATE_URL nothing is offered and nothing
 * leaves the machine: `machineTranslation()` returns null and no request is ever made.
 */
import type { Locale } from '@/lib/i18n/routing';
import { Refusal } from '@/lib/refusal';

export type MachineTranslator = (texts: string[], source: Locale, target: Locale) => Promise<string[]>;

/** A slow service must not hold a coordinator's request open: the draft is refused instead. */
const TIMEOUT_MS = 15_000;

type Options = { url: string; apiKey?: string; fetch?: typeof fetch; timeoutMs?: number };

/** A translator speaking LibreTranslate's API at `url`; every failure is a Refusal the coordinator reads. */
export function libreTranslate({ url, apiKey, fetch: send = fetch, timeoutMs = TIMEOUT_MS }: Options): MachineTranslator {
  const endpoint = `${url.replace(/\/+$/, '')}/translate`;
  return async (texts, source, target) => {
    let response: Response;
    try {
      response = await send(endpoint, {
        method: 'POST',
        headers: { 'content-type': 'application/json', accept: 'application/json' },
        body: JSON.stringify({ q: texts, source, target, format: 'text', ...(apiKey ? { api_key: apiKey } : {}) }),
        signal: AbortSignal.timeout(timeoutMs),
      });
    } catch {
      throw new Refusal('machineTranslationUnavailable');
    }
    if (!response.ok) throw new Refusal('machineTranslationUnavailable');
    const answer = (await response.json().catch(() => null)) as { translatedText?: unknown } | null;
    const translated = answer?.translatedText;
    const list = typeof translated === 'string' ? [translated] : translated;
    if (!Array.isArray(list) || list.length !== texts.length || !list.every((t) => typeof t === 'string' && t.trim() !== '')) {
      throw new Refusal('machineTranslationUnavailable');
    }
    return list as string[];
  };
}

/** The configured translator, or null when no service is configured (the default). */
export function machineTranslation(env: Record<string, string | undefined> = process.env): MachineTranslator | null {
  const url = env.TRANSLATE_URL?.trim();
  if (!url) return null;
  return libreTranslate({ url, apiKey: env.TRANSLATE_API_KEY?.trim() || undefined });
}
