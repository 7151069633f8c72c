/**
 * The coordinators' pages need two-step sign-in in production mode, so the bench's coordinator signs in as a
 * real one does: with a code from an authenticator app. Before the server starts, the runner gives the
 * account an authenticator secret, sealed under the AUTH_SECRET it passes to the server (as enrolment
 * would have stored it), and signs in with the password and the current TOTP code.
 */
import BetterSqlite3 from 'better-sqlite3';
import { generateSecret, generateSync } from 'otplib';
import { sealSecretWith } from '../../lib/auth/mfa-seal';
import { signIn } from './session';

export type Authenticator = { email: string; secret: string };

/** Turns two-step sign-in on for this account in the data set, with a fresh secret; returns the "app". */
export function enrolAuthenticator(file: string, email: string, authSecret: string): Authenticator {
  const secret = generateSecret();
  const db = new BetterSqlite3(file, { fileMustExist: true });
  try {
    db.pragma('busy_timeout = 5000');
    const changed = db
      .prepare('update users set totp_secret = ?, totp_enabled_at = ?, totp_last_step = null where email = ?')
      .run(sealSecretWith(secret, authSecret), Date.now(), email).changes;
    if (changed !== 1) throw new Error(`no account ${email} in the data set to enrol`);
  } finally {
    db.close();
  }
  return { email, secret };
}

/** A session that passed both steps: the password, then the code the authenticator shows now. */
export function signInWithCode(baseUrl: string, authenticator: Authenticator, password: string): Promise<string> {
  return signIn(baseUrl, authenticator.email, password, generateSync({ secret: authenticator.secret }));
}
