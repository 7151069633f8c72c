/**
 * The authenticator secrets are stored encrypted (AES-256-GCM) under a key derived from the session
 * secret, so a copy of the database alone does not give anyone the codes. Changing AUTH_SECRET makes the
 * stored secrets unreadable: each person then signs in with a recovery code and sets up their app again.
 */
import { openSecretWith, sealSecretWith } from './mfa-seal';
import { getAuthSecret } from './secret';

export function sealSecret(secret: string): string {
  return sealSecretWith(secret, getAuthSecret());
}

/** The secret, or null when it cannot be read (another AUTH_SECRET, or tampered with). */
export function openSecret(stored: string): string | null {
  return openSecretWith(stored, getAuthSecret());
}
