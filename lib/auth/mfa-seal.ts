/**
 * The encryption of stored authenticator secrets (AES-256-GCM under a key derived from the session
 * secret), given that secret explicitly. Kept free of the database so that a tool holding the server's
 * AUTH_SECRET (the benchmark enrolling its coordinator) seals exactly as the server does; the app itself
 * goes through mfa-secret.ts.
 */
import { createCipheriv, createDecipheriv, hkdfSync, randomBytes } from 'node:crypto';

const VERSION = 'v1';

function key(authSecret: string): Buffer {
  return Buffer.from(hkdfSync('sha256', authSecret, 'hled-totp-salt', 'hled two-step sign-in secret', 32));
}

export function sealSecretWith(secret: string, authSecret: string): string {
  const iv = randomBytes(12);
  const cipher = createCipheriv('aes-256-gcm', key(authSecret), iv);
  const sealed = Buffer.concat([cipher.update(secret, 'utf8'), cipher.final()]);
  return [VERSION, iv.toString('base64url'), cipher.getAuthTag().toString('base64url'), sealed.toString('base64url')].join('.');
}

/** The secret, or null when it cannot be read (another AUTH_SECRET, or tampered with). */
export function openSecretWith(stored: string, authSecret: string): string | null {
  const [version, iv, tag, sealed] = stored.split('.');
  if (version !== VERSION || !iv || !tag || !sealed) return null;
  try {
    const decipher = createDecipheriv('aes-256-gcm', key(authSecret), Buffer.from(iv, 'base64url'));
    decipher.setAuthTag(Buffer.from(tag, 'base64url'));
    return Buffer.concat([decipher.update(Buffer.from(sealed, 'base64url')), decipher.final()]).toString('utf8');
  } catch {
    return null;
  }
}
