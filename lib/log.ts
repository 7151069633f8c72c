/**
 * Structured logs, one JSON object a line, for security-relevant events (ASVS 7.1). Callers pass
 * identifiers, never secrets: passwords, tokens and cookies must not reach this function.
 */
const FORBIDDEN_KEYS = /pass(word)?|token|cookie|secret|authorization/i;

export function logEvent(event: string, fields: Record<string, unknown> = {}) {
  const safe = Object.fromEntries(Object.entries(fields).filter(([key]) => !FORBIDDEN_KEYS.test(key)));
  console.log(JSON.stringify({ time: new Date().toISOString(), event, ...safe }));
}
