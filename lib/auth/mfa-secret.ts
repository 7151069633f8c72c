/**
 * The authenticator secrets are stored encrypted (AES-256-GCM) under a key derived from the session
 * secret, so a copy of the database alone does not give anyone the codes. Changing AUTH_SECRET makes the
 * stored secrets unreadable: each person then signs in with a recovery code and sets up their app again.
 */
import { createCipheriv, createDecipheriv, hkdfSync, randomBytes } from 'node:crypto';
import { getAuthSecret } from './secret';

const VERSION = 'v1';

function key(): Buffer {
  return Buffer.from(hkdfSync('sha256', getAuthSecret(), 'hled-totp-salt', 'hled two-step sign-in secret', 32));
}

export function sealSecret(secret: string): string {
  const iv = randomBytes(12);
  const cipher = createCipheriv('aes-256-gcm', key(), iv);
  const sealed = Buffer.concat([cipher.update(secret, 'utf8'), cipher.final()]);
  return [VERSION, iv.toString('base64url'), cipher.getAuthTag().toString('base64url'), sealed.toString('base64url')].join('.');
}

/** The secret, or null when it cannot be read (another AUTH_SECRET, or tampered with). */
export function openSecret(stored: string): string | null {
  const [version, iv, tag, sealed] = stored.split('.');
  if (version !== VERSION || !iv || !tag || !sealed) return null;
  try {
    const decipher = createDecipheriv('aes-256-gcm', key(), Buffer.from(iv, 'base64url'));
    decipher.setAuthTag(Buffer.from(tag, 'base64url'));
    return Buffer.concat([decipher.update(Buffer.from(sealed, 'base64url')), decipher.final()]).toString('utf8');
  } catch {
    return null;
  }
}
