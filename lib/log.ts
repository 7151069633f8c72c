/**
 * Structured logs, one JSON object a line, for security-relevant events (ASVS 7.1). Callers pass
 * identifiers, never secrets: passwords, tokens and cookies must not reach this function. As a second
 * line of defence it drops fields whose name says secret (at any depth) and blanks what looks like a
 * token inside a value (a link's token or key, a JWT, a bearer credential), so an error message that
 * quotes one does not leak it (ASVS 7.1.1 / 5.0 16.2.5). JSON encoding escapes line breaks and control
 * characters, so a value cannot forge a second log line (ASVS 7.3.1).
 */
import { countLoggedEvent } from '@/lib/metrics/count';

const FORBIDDEN_KEYS = /pass(word)?|token|cookie|secret|authorization|credential/i;

const SECRET_VALUES: [RegExp, string][] = [
  // Links from e-mails: /verify-email?token=…, /outbox/12?key=…
  [/([?&](?:token|key|code|secret|csrfToken)=)[^&#\s"']+/gi, '$1[redacted]'],
  // JWT / JWE (next-auth session tokens): base64url segments starting with a JSON header.
  [/\beyJ[\w-]{5,}(?:\.[\w-]*){1,4}/g, '[redacted-jwt]'],
  [/\b(Bearer|Basic)\s+[\w.~+/=-]+/gi, '$1 [redacted]'],
];

function redact(value: unknown, depth = 0): unknown {
  if (typeof value === 'string') return SECRET_VALUES.reduce((text, [pattern, replacement]) => text.replace(pattern, replacement), value);
  if (depth > 4 || value === null || typeof value !== 'object') return value;
  if (value instanceof Date) return value.toISOString();
  if (Array.isArray(value)) return value.map((item) => redact(item, depth + 1));
  return Object.fromEntries(
    Object.entries(value)
      .filter(([key]) => !FORBIDDEN_KEYS.test(key))
      .map(([key, item]) => [key, redact(item, depth + 1)]),
  );
}

export function logEvent(event: string, fields: Record<string, unknown> = {}) {
  const safe = redact(fields) as Record<string, unknown>;
  console.log(JSON.stringify({ time: new Date().toISOString(), event, ...safe }));
  countLoggedEvent(event);
}
