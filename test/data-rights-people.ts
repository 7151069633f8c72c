/**
 * Two stakeholders with a little of everything the app can hold about a person (for the tests of
 * "download my data" and "delete my account"): recommendations in two consent levels, one with a
 * translation and a coordinator's public answer, the news and e-mails that answer caused, an e-mailed
 * link, a failed sign-in, two-step sign-in with recovery codes, and an alert setting.
 */
import { eq } from 'drizzle-orm';
import { generateSync } from 'otplib';
import { alertPreferences, recommendations, recommendationTranslations, signInFailures, users } from '@/db/schema';
import type { Database } from '@/db/open';
import { issueToken } from '@/lib/accounts/tokens';
import { loadUser, type CurrentUser } from '@/lib/auth/current-user';
import { confirmEnrolment, startEnrolment } from '@/lib/auth/mfa';
import { hashPassword } from '@/lib/auth/password';
import { accountKey } from '@/lib/auth/throttle';
import { queueEmail } from '@/lib/email/send-email';
import { createRecommendation } from '@/lib/recommendations/create-recommendation';
import { recommendationSchema } from '@/lib/recommendations/schema';
import { startReview } from '@/lib/triage/assignment';
import { changeStatus } from '@/lib/triage/change-status';
import { insertUser } from './users';

export const PERSON_PASSWORD = 'Copper-Lantern-Mesa-4410';

export type Person = {
  user: CurrentUser;
  name: string;
  email: string;
  organization: string;
  organizationIdentifier: string;
  refs: { named: string; confidential: string };
  /** The live token of the e-mailed link, which must never be in an export or left in the database. */
  linkToken: string;
  /** The authenticator's secret (when two-step sign-in is on), to make codes in a test. */
  totpSecret: string | null;
};

function form(title: string, consent: 'name_and_organization' | 'confidential', organization: string, organizationIdentifier: string) {
  return recommendationSchema.parse({
    title,
    body: `${title}: a proposal with enough words in it to be a real recommendation for the dialogue.`,
    pillar: 'building-back-together',
    topics: 'border',
    sector: 'civil_society',
    organization,
    organizationIdentifier,
    fundingDeclaration: 'none',
    country: 'mx',
    language: 'es',
    consent,
  });
}

export async function createPerson(
  db: Database,
  key: string,
  coordinator: CurrentUser,
  options: { twoStep?: boolean } = {},
): Promise<Person> {
  const name = `Persona ${key} Fuentes-Quiroga`;
  const email = `persona.${key}@example.org`;
  const organization = `Colectivo ${key} Frontera Verde`;
  const organizationIdentifier = `FVE${key.toUpperCase()}123456`;
  const inserted = insertUser(db, {
    name,
    email,
    organization,
    sector: 'ngo',
    country: 'mx',
    preferredLocale: 'es',
    passwordHash: await hashPassword(PERSON_PASSWORD),
    emailVerifiedAt: new Date(),
    privacyConsentAt: new Date(),
  });
  const submitter = { id: inserted.id, name, email, preferredLocale: 'es' as const };
  const past = new Date(Date.now() - 3 * 86_400_000);
  const named = db.transaction((tx) =>
    createRecommendation(
      tx,
      submitter,
      form(`Ventanilla ${key} única aduanera`, 'name_and_organization', organization, organizationIdentifier),
      { now: past },
    ),
  );
  const confidential = db.transaction((tx) =>
    createRecommendation(
      tx,
      submitter,
      form(`Datos ${key} confidenciales de cruce`, 'confidential', organization, organizationIdentifier),
      { now: past },
    ),
  );
  db.insert(recommendationTranslations)
    .values({ recommendationId: named.id, locale: 'en', title: `Single ${key} customs window`, body: 'The English translation.' })
    .run();

  const version = () =>
    db.select({ version: recommendations.version }).from(recommendations).where(eq(recommendations.id, named.id)).get()!.version;
  startReview(coordinator, [{ ref: named.ref, version: version() }]);
  await changeStatus(coordinator, {
    ref: named.ref,
    version: version(),
    to: 'not_adopted',
    reason: 'out_of_scope',
    responseEn: `Public response ${key}.`,
    responseEs: `Respuesta pública ${key}.`,
  });

  const linkToken = db.transaction((tx) => issueToken(tx, inserted.id, 'reset_password'));
  db.transaction((tx) =>
    queueEmail(tx, {
      userId: inserted.id,
      to: email,
      subject: 'Restablecer contraseña',
      text: `Hola ${name}: http://localhost/es/reset-password?token=${linkToken}`,
      locale: 'es',
    }),
  );
  db.insert(signInFailures)
    .values({ key: accountKey(email), at: new Date() })
    .run();
  db.insert(alertPreferences).values({ userId: inserted.id, newSubmissions: 'daily' }).run();

  let totpSecret: string | null = null;
  if (options.twoStep) {
    totpSecret = startEnrolment(inserted.id).secret;
    confirmEnrolment(inserted.id, generateSync({ secret: totpSecret }));
  }
  const user = loadUser(inserted.id, null)!;
  return {
    user,
    name,
    email,
    organization,
    organizationIdentifier,
    refs: { named: named.ref, confidential: confidential.ref },
    linkToken,
    totpSecret,
  };
}

export const userRow = (db: Database, id: number) => db.select().from(users).where(eq(users.id, id)).get()!;
