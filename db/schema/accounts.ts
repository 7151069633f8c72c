/**
 * People and what they may do: accounts with a role, a coordinator's government and pillar scope,
 * single-use tokens (e-mail verification, password reset, invitations), sign-in throttling,
 * the e-mail outbox and site settings.
 */
import { sql } from 'drizzle-orm';
import { index, integer, primaryKey, sqliteTable, text } from 'drizzle-orm/sqlite-core';
import { COUNTRIES, GOVERNMENTS, LOCALES, ROLES, SECTORS, TOKEN_PURPOSES } from '../vocabulary';
import { pillars } from './record';

export { COUNTRIES, LOCALES, ROLES, SECTORS, TOKEN_PURPOSES } from '../vocabulary';

const timestamp = () => integer({ mode: 'timestamp_ms' });
const createdAt = () =>
  timestamp()
    .notNull()
    .default(sql`(unixepoch('subsec') * 1000)`);

export const users = sqliteTable(
  'users',
  {
    id: integer().primaryKey({ autoIncrement: true }),
    email: text().notNull().unique(), // stored lower-cased
    name: text().notNull(),
    passwordHash: text(), // argon2id; null until an invited user sets one
    role: text({ enum: ROLES }).notNull().default('stakeholder'),
    // Coordinators speak for one government only; null for stakeholders.
    government: text({ enum: GOVERNMENTS }),
    // A coordinator with allPillars=false acts only on the pillars in coordinator_pillars.
    allPillars: integer({ mode: 'boolean' }).notNull().default(false),
    organization: text(),
    sector: text({ enum: SECTORS }),
    country: text({ enum: COUNTRIES }),
    preferredLocale: text({ enum: LOCALES }).notNull().default('en'),
    emailVerifiedAt: timestamp(),
    privacyConsentAt: timestamp(),
    // Raised on sign-out, password change and deactivation: JWTs carrying an older version are refused.
    sessionVersion: integer().notNull().default(1),
    deactivatedAt: timestamp(),
    // The person deleted their account (lib/accounts/delete-account.ts): the row stays, emptied of personal
    // data, because the append-only history names it as the actor of their submissions.
    deletedAt: timestamp(),
    // Two-step sign-in (TOTP): the authenticator's secret, encrypted (lib/auth/mfa-secret.ts); set while
    // enrolling, in use once totpEnabledAt is set. totpLastStep is the time step of the last code
    // accepted, so a code cannot be used twice.
    totpSecret: text(),
    totpEnabledAt: timestamp(),
    totpLastStep: integer(),
    isDemo: integer({ mode: 'boolean' }).notNull().default(false),
    createdAt: createdAt(),
    updatedAt: createdAt(),
  },
  (t) => [index('users_role_idx').on(t.role)],
);

export const coordinatorPillars = sqliteTable(
  'coordinator_pillars',
  {
    userId: integer()
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    pillarId: integer()
      .notNull()
      .references(() => pillars.id),
  },
  (t) => [primaryKey({ columns: [t.userId, t.pillarId] })],
);

export const authTokens = sqliteTable(
  'auth_tokens',
  {
    id: integer().primaryKey({ autoIncrement: true }),
    userId: integer()
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    purpose: text({ enum: TOKEN_PURPOSES }).notNull(),
    tokenHash: text().notNull().unique(), // SHA-256 of the token; the token itself is only ever in the e-mail
    expiresAt: timestamp().notNull(),
    usedAt: timestamp(),
    createdAt: createdAt(),
  },
  (t) => [index('auth_tokens_user_idx').on(t.userId, t.purpose)],
);

/** Single-use recovery codes for two-step sign-in, stored as SHA-256 hashes (each code has 80 random bits). */
export const mfaRecoveryCodes = sqliteTable(
  'mfa_recovery_codes',
  {
    id: integer().primaryKey({ autoIncrement: true }),
    userId: integer()
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    codeHash: text().notNull().unique(),
    usedAt: timestamp(),
    createdAt: createdAt(),
  },
  (t) => [index('mfa_recovery_codes_user_idx').on(t.userId)],
);

/** Failed sign-ins, per account and per address, for throttling (ASVS 2.2.1). */
export const signInFailures = sqliteTable(
  'sign_in_failures',
  {
    id: integer().primaryKey({ autoIncrement: true }),
    key: text().notNull(), // "account:<email>", "device:<id>" or "address:<ip>"
    at: timestamp().notNull(),
  },
  (t) => [index('sign_in_failures_key_idx').on(t.key, t.at)],
);

/** Every e-mail the app sends; without SMTP this is where messages are read (demo mode). */
export const outbox = sqliteTable(
  'outbox',
  {
    id: integer().primaryKey({ autoIncrement: true }),
    userId: integer().references(() => users.id, { onDelete: 'set null' }),
    toAddress: text().notNull(),
    subject: text().notNull(),
    bodyText: text().notNull(),
    locale: text({ enum: LOCALES }).notNull(),
    // Demo mode: the page that sent a message may show its reader a link carrying this key.
    viewKeyHash: text(),
    sentAt: timestamp(), // set when SMTP accepted it
    error: text(),
    createdAt: createdAt(),
  },
  (t) => [index('outbox_user_idx').on(t.userId)],
);

export const settings = sqliteTable('settings', {
  key: text().primaryKey(),
  value: text({ mode: 'json' }).notNull(),
  updatedAt: createdAt(),
});
