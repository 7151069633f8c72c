/**
 * The secret that signs session tokens. With AUTH_SECRET set the app runs in production mode;
 * without it, in demo mode, a random secret is made once and kept in the database, so sessions
 * survive a restart and no two installations share a secret.
 */
import { randomBytes } from 'node:crypto';
import { eq } from 'drizzle-orm';
import { getDb } from '@/db/client';
import { settings } from '@/db/schema';
import { isDemoMode } from '@/lib/config';

export { isDemoMode };

const DEMO_SECRET_KEY = 'auth.demoSecret';

export function getAuthSecret(): string {
  const configured = process.env.AUTH_SECRET?.trim();
  if (configured) return configured;
  const db = getDb();
  const stored = db.select().from(settings).where(eq(settings.key, DEMO_SECRET_KEY)).get();
  if (typeof stored?.value === 'string') return stored.value;
  const secret = randomBytes(32).toString('base64url');
  db.insert(settings).values({ key: DEMO_SECRET_KEY, value: secret }).onConflictDoNothing().run();
  // Another process may have won the race: use whatever is stored.
  return db.select().from(settings).where(eq(settings.key, DEMO_SECRET_KEY)).get()!.value as string;
}
