/**
 * Signing in the way the sign-in page does, with fetch: next-auth's CSRF token (GET /api/auth/csrf, which
 * also sets the CSRF cookie), then the credentials provider's callback, form-encoded with `json=true` so
 * next-auth answers with JSON instead of a redirect. The session is the cookie it sets
 * (next-auth.session-token over http, lib/security/session-cookie.ts).
 */
import { isSessionCookie } from '../../lib/security/session-cookie';

export class CookieJar {
  private readonly cookies = new Map<string, string>();

  store(response: Response): void {
    for (const line of response.headers.getSetCookie()) {
      const [pair, ...attributes] = line.split(';');
      const eq = pair!.indexOf('=');
      if (eq < 0) continue;
      const name = pair!.slice(0, eq).trim();
      const value = pair!.slice(eq + 1).trim();
      const expired = attributes.some((a) => /^\s*max-age=0\s*$/i.test(a)) || value === '';
      if (expired) this.cookies.delete(name);
      else this.cookies.set(name, value);
    }
  }

  header(): string {
    return [...this.cookies].map(([name, value]) => `${name}=${value}`).join('; ');
  }

  hasSession(): boolean {
    return [...this.cookies.keys()].some(isSessionCookie);
  }
}

/**
 * A signed-in session's Cookie header; throws when next-auth did not set a session cookie. `code` is the
 * second step's code for an account with two-step sign-in (the sign-in page sends it in the same request).
 */
export async function signIn(baseUrl: string, email: string, password: string, code?: string): Promise<string> {
  const jar = new CookieJar();
  const origin = new URL(baseUrl).origin;
  const csrfResponse = await fetch(`${baseUrl}/api/auth/csrf`, { redirect: 'manual' });
  if (!csrfResponse.ok) throw new Error(`GET /api/auth/csrf answered ${csrfResponse.status}`);
  jar.store(csrfResponse);
  const { csrfToken } = (await csrfResponse.json()) as { csrfToken: string };

  // The provider's id is "credentials" (CredentialsProvider's default; lib/auth/options.ts sets only its name).
  const response = await fetch(`${baseUrl}/api/auth/callback/credentials`, {
    method: 'POST',
    redirect: 'manual',
    headers: { 'Content-Type': 'application/x-www-form-urlencoded', Cookie: jar.header(), Origin: origin },
    body: new URLSearchParams({ csrfToken, email, password, ...(code ? { code } : {}), json: 'true', callbackUrl: `${baseUrl}/en` }),
  });
  jar.store(response);
  const answer = await response.text();
  if (!jar.hasSession()) throw new Error(`signing in ${email} set no session cookie (HTTP ${response.status}: ${answer.slice(0, 200)})`);
  return jar.header();
}

/** Signs many accounts in, a few at a time (each sign-in is an argon2 verification on the server). */
export async function signInMany(baseUrl: string, emails: string[], password: string, concurrency = 4): Promise<Map<string, string>> {
  const sessions = new Map<string, string>();
  let next = 0;
  const worker = async () => {
    while (next < emails.length) {
      const email = emails[next++]!;
      sessions.set(email, await signIn(baseUrl, email, password));
    }
  };
  await Promise.all(Array.from({ length: concurrency }, worker));
  return sessions;
}
