/**
 * next-auth (v4) with e-mail and password, and a code for accounts with two-step sign-in. The Credentials
 * provider requires JWT sessions, so every token carries the account's session version (signing out,
 * changing the password or deactivation raises it), the time of the sign-in and whether the second step
 * was passed; session-check.ts decides on every read whether the token still counts.
 */
import type { NextAuthOptions } from 'next-auth';
import CredentialsProvider from 'next-auth/providers/credentials';
import { eq, sql } from 'drizzle-orm';
import { getDb } from '@/db/client';
import { users } from '@/db/schema';
import { logEvent } from '@/lib/log';
import { countSignInFailure } from '@/lib/metrics/count';
import { trustedClientAddress } from '@/lib/security/client-address';
import { sessionCookieName } from '@/lib/security/session-cookie';
import { siteUsesHttps } from '@/lib/security/transport';
import { getAuthSecret } from './secret';
import { sessionProblem, SessionEnded, SESSION_MAX_AGE_S } from './session-check';
import { checkCredentials } from './sign-in';
import { safeRedirectPath } from './redirects';

function clientAddress(headers: Record<string, string | string[] | undefined> | undefined): string | null {
  return trustedClientAddress((name) => {
    const value = headers?.[name];
    return Array.isArray(value) ? value.join(',') : value;
  });
}

/**
 * next-auth's own messages (its error and warning codes) as structured log lines. Only the code and an
 * error's message are kept: next-auth's metadata may hold the request, its cookies or the token.
 */
const authLogger: NextAuthOptions['logger'] = {
  error(code, metadata) {
    const error = metadata instanceof Error ? metadata : (metadata as { error?: unknown } | undefined)?.error;
    if (error instanceof SessionEnded) {
      logEvent('auth.session_ended', { reason: error.reason });
      return;
    }
    logEvent('auth.library_error', { code, message: error instanceof Error ? error.message : undefined });
  },
  warn(code) {
    logEvent('auth.library_warning', { code });
  },
  debug() {},
};

export function buildAuthOptions(): NextAuthOptions {
  // https site: Secure cookies with next-auth's prefixes, and the session cookie `__Host-` (ASVS 3.4.1-3.4.4).
  // On http://localhost (local runs, end-to-end tests) plain names, or the browser would drop them.
  const secure = siteUsesHttps();
  return {
    secret: getAuthSecret(),
    session: { strategy: 'jwt', maxAge: SESSION_MAX_AGE_S, updateAge: 60 * 60 },
    // next-auth signs the sign-in token with jwt.maxAge, 30 days unless set (ASVS 3.3.2).
    jwt: { maxAge: SESSION_MAX_AGE_S },
    pages: { signIn: '/en/sign-in' },
    useSecureCookies: secure,
    cookies: {
      sessionToken: {
        name: sessionCookieName(secure),
        // No domain: a __Host- cookie must not have one, and the session belongs to this host only.
        options: { httpOnly: true, sameSite: 'lax', path: '/', secure },
      },
    },
    logger: authLogger,
    providers: [
      CredentialsProvider({
        name: 'email',
        credentials: {
          email: { label: 'E-mail', type: 'email' },
          password: { label: 'Password', type: 'password' },
          code: { label: 'Code', type: 'text' },
        },
        async authorize(credentials, req) {
          const headers = req?.headers as Record<string, string | string[] | undefined> | undefined;
          const cookie = headers?.cookie;
          let result;
          try {
            const origin = { address: clientAddress(headers), cookieHeader: Array.isArray(cookie) ? cookie.join('; ') : cookie };
            result = await checkCredentials(credentials?.email, credentials?.password, origin, credentials?.code);
          } catch (error) {
            // Whatever went wrong, the answer (it ends up in a URL) names no database or library message.
            logEvent('auth.sign_in.error', { message: error instanceof Error ? error.message : String(error) });
            throw new Error('unavailable');
          }
          if (result.ok) return { id: String(result.user.id), sessionVersion: result.user.sessionVersion, mfa: result.user.mfa };
          countSignInFailure(result.reason);
          // The client reads these codes and shows the message in the visitor's language.
          if (result.reason === 'throttled') throw new Error(`throttled:${result.retryAt.toISOString()}`);
          throw new Error(result.reason);
        },
      }),
    ],
    callbacks: {
      jwt({ token, user }) {
        if (user) {
          token.uid = Number(user.id);
          token.sv = user.sessionVersion;
          token.authTime = Math.floor(Date.now() / 1000);
          token.mfa = user.mfa;
          return token;
        }
        // Thrown, next-auth answers with no session and clears the cookie (/api/auth/session, getServerSession).
        const problem = sessionProblem(token);
        if (problem) throw new SessionEnded(problem);
        return token;
      },
      session({ session, token }) {
        return { expires: session.expires, user: { id: token.uid ?? 0 }, sessionVersion: token.sv ?? 0, mfa: token.mfa === true };
      },
      redirect({ url, baseUrl }) {
        // After sign-in or sign-out, stay on this site (ASVS 5.1.5).
        const path = url.startsWith(baseUrl) ? url.slice(baseUrl.length) || '/' : url;
        return `${baseUrl}${safeRedirectPath(path, '/')}`;
      },
    },
    events: {
      signOut({ token }) {
        if (!token?.uid) return;
        getDb()
          .update(users)
          .set({ sessionVersion: sql`${users.sessionVersion} + 1` })
          .where(eq(users.id, token.uid))
          .run();
        logEvent('auth.sign_out', { userId: token.uid });
      },
    },
  };
}

let cached: NextAuthOptions | undefined;
export function authOptions(): NextAuthOptions {
  cached ??= buildAuthOptions();
  return cached;
}
