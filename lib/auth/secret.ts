/**
 * The secret that signs session tokens (and seals authenticator secrets, mfa-secret.ts). With AUTH_SECRET
 * set the app runs in production mode; without it, in demo mode, a random secret is made once and kept in
 * a file beside the database (`<database>.secret`, readable by its owner only): sessions survive a
 * restart, no two installations share a secret, and a copy or backup of the database alone cannot sign a
 * session. An earlier version kept it in the settings table; that row is removed.
 */
import { randomBytes } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { eq } from 'drizzle-orm';
import { getDb } from '@/db/client';
import { settings } from '@/db/schema';
import { isDemoMode } from '@/lib/config';

export { isDemoMode };

const LEGACY_SETTING = 'auth.demoSecret';
let demo: { file: string; secret: string } | undefined;

function readOrCreate(file: string): string {
  try {
    writeFileSync(file, randomBytes(32).toString('base64url'), { flag: 'wx', mode: 0o600 });
  } catch (error) {
    // Another process (or an earlier start) made it first: use that one.
    if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
  }
  return readFileSync(file, 'utf8').trim();
}

export function getAuthSecret(): string {
  const configured = process.env.AUTH_SECRET?.trim();
  if (configured) return configured;
  const db = getDb();
  const file = `${db.$client.name}.secret`;
  if (demo?.file !== file) {
    demo = { file, secret: readOrCreate(file) };
    db.delete(settings).where(eq(settings.key, LEGACY_SETTING)).run();
  }
  return demo.secret;
}
