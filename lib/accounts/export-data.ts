/**
 * "Download my data": everything the app holds about one person, as one JSON document (the right of
 * access). Every query is scoped to the person: their account, their recommendations with the history
 * they can see, their co-signatures on other people's recommendations, the news and e-mails sent to them, their sign-in records and settings. Left out on
 * purpose: secrets that would let someone who gets the file into the account (the password hash, the
 * authenticator's key, recovery-code and link hashes, live links in e-mails), and other people's
 * identities (who acted on a recommendation is said only as "you" or "the governments").
 */
import 'server-only';
import { and, asc, eq, inArray, isNull, ne, or } from 'drizzle-orm';
import { getDb } from '@/db/client';
import {
  alertPreferences,
  auditEvents,
  authTokens,
  coordinatorPillars,
  digestRuns,
  historyEvents,
  mfaRecoveryCodes,
  notifications,
  outbox,
  pillars,
  recommendations,
  recommendationTranslations,
  signInFailures,
  users,
} from '@/db/schema';
import { accountKey } from '@/lib/auth/throttle';
import { withoutLiveLinks } from '@/lib/email/send-email';
import { exportCosignatures } from './cosignatures';

export const EXPORT_FORMAT = 'hled-personal-data/1';

const iso = (date: Date | null | undefined) => (date ? date.toISOString() : null);

function account(userId: number) {
  const db = getDb();
  const user = db.select().from(users).where(eq(users.id, userId)).get();
  if (!user) return null;
  const scope = db
    .select({ slug: pillars.slug })
    .from(coordinatorPillars)
    .innerJoin(pillars, eq(pillars.id, coordinatorPillars.pillarId))
    .where(eq(coordinatorPillars.userId, userId))
    .all();
  const unusedCodes = db
    .select({ id: mfaRecoveryCodes.id, usedAt: mfaRecoveryCodes.usedAt })
    .from(mfaRecoveryCodes)
    .where(eq(mfaRecoveryCodes.userId, userId))
    .all();
  return {
    user,
    account: {
      email: user.email,
      name: user.name,
      organization: user.organization,
      sector: user.sector,
      country: user.country,
      preferredLanguage: user.preferredLocale,
      role: user.role,
      government: user.government,
      pillars: user.allPillars ? 'all' : scope.map((p) => p.slug),
      emailConfirmedAt: iso(user.emailVerifiedAt),
      privacyNoticeAcceptedAt: iso(user.privacyConsentAt),
      createdAt: iso(user.createdAt),
      updatedAt: iso(user.updatedAt),
      deactivatedAt: iso(user.deactivatedAt),
    },
    twoStepSignIn: {
      enabled: user.totpEnabledAt !== null,
      enabledAt: iso(user.totpEnabledAt),
      recoveryCodesUnused: unusedCodes.filter((code) => code.usedAt === null).length,
      recoveryCodesUsed: unusedCodes.filter((code) => code.usedAt !== null).length,
    },
  };
}

/** The person's recommendations as they see them on their account page: the text, translations, and history. */
function ownRecommendations(userId: number) {
  const db = getDb();
  const rows = db
    .select({ recommendation: recommendations, pillar: pillars.slug })
    .from(recommendations)
    .innerJoin(pillars, eq(pillars.id, recommendations.pillarId))
    .where(eq(recommendations.submitterId, userId))
    .orderBy(asc(recommendations.submittedAt), asc(recommendations.id))
    .all();
  if (rows.length === 0) return [];
  // A subquery rather than a list of ids: a very active submitter's ids could pass SQLite's limit of parameters.
  const ids = db.select({ id: recommendations.id }).from(recommendations).where(eq(recommendations.submitterId, userId));
  const translations = db.select().from(recommendationTranslations).where(inArray(recommendationTranslations.recommendationId, ids)).all();
  // What the submitter is shown of the history: public events, and their own edits and withdrawal (never internal reasons).
  const history = db
    .select()
    .from(historyEvents)
    .where(and(inArray(historyEvents.recommendationId, ids), or(eq(historyEvents.isPublic, true), eq(historyEvents.actorId, userId))))
    .orderBy(asc(historyEvents.createdAt), asc(historyEvents.id))
    .all();
  return rows.map(({ recommendation: r, pillar }) => ({
    ref: r.ref,
    pillar,
    language: r.language,
    title: r.title,
    body: r.body,
    topics: r.topics,
    sector: r.sector,
    organization: r.organization,
    organizationIdentifier: r.organizationIdentifier,
    fundingDeclaration: r.fundingDeclaration,
    country: r.country,
    publicationConsent: r.consent,
    publicSummary: { en: r.publicSummaryEn, es: r.publicSummaryEs },
    status: r.status,
    notAdoptedReason: r.notAdoptedReason,
    withdrawnReason: r.withdrawnReason,
    textTakenDownWhenWithdrawn: r.hideTextWhenWithdrawn,
    submittedAt: iso(r.submittedAt),
    updatedAt: iso(r.updatedAt),
    translations: translations
      .filter((t) => t.recommendationId === r.id)
      .map((t) => ({ language: t.locale, title: t.title, body: t.body, checkedByAPerson: t.humanChecked })),
    history: history
      .filter((event) => event.recommendationId === r.id)
      .map((event) => ({
        kind: event.kind,
        by: event.actorId === userId ? 'you' : event.actorRole === 'system' ? 'system' : 'governments',
        fromStatus: event.fromStatus,
        toStatus: event.toStatus,
        publicResponse: { en: event.publicResponseEn, es: event.publicResponseEs },
        // The details of one's own edits hold one's own earlier text; other events' details are the governments' records.
        details: event.actorId === userId ? event.details : null,
        at: iso(event.createdAt),
      })),
  }));
}

function messagesAndNews(userId: number, email: string) {
  const db = getDb();
  const news = db
    .select({ kind: notifications.kind, ref: recommendations.ref, readAt: notifications.readAt, createdAt: notifications.createdAt })
    .from(notifications)
    .leftJoin(recommendations, eq(recommendations.id, notifications.recommendationId))
    .where(eq(notifications.userId, userId))
    .orderBy(asc(notifications.createdAt), asc(notifications.id))
    .all()
    .map((n) => ({ kind: n.kind, ref: n.ref, readAt: iso(n.readAt), at: iso(n.createdAt) }));
  const emails = db
    .select()
    .from(outbox)
    .where(or(eq(outbox.userId, userId), eq(outbox.toAddress, email)))
    .orderBy(asc(outbox.id))
    .all()
    .map((m) => ({
      to: m.toAddress,
      subject: m.subject,
      language: m.locale,
      text: withoutLiveLinks(m.bodyText),
      createdAt: iso(m.createdAt),
      sentAt: iso(m.sentAt),
    }));
  return { notifications: news, emails };
}

function signInAndSettings(userId: number, email: string) {
  const db = getDb();
  const links = db
    .select({ purpose: authTokens.purpose, createdAt: authTokens.createdAt, expiresAt: authTokens.expiresAt, usedAt: authTokens.usedAt })
    .from(authTokens)
    .where(eq(authTokens.userId, userId))
    .orderBy(asc(authTokens.id))
    .all()
    .map((link) => ({ purpose: link.purpose, createdAt: iso(link.createdAt), expiresAt: iso(link.expiresAt), usedAt: iso(link.usedAt) }));
  const failures = db
    .select({ at: signInFailures.at })
    .from(signInFailures)
    .where(eq(signInFailures.key, accountKey(email)))
    .all();
  const changes = db
    .select({ action: auditEvents.action, actorId: auditEvents.actorId, createdAt: auditEvents.createdAt })
    .from(auditEvents)
    .where(and(eq(auditEvents.objectType, 'user'), eq(auditEvents.objectId, String(userId))))
    .orderBy(asc(auditEvents.id))
    .all()
    .map((event) => ({ action: event.action, by: event.actorId === userId ? 'you' : 'an administrator', at: iso(event.createdAt) }));
  const alerts = db
    .select({ newSubmissions: alertPreferences.newSubmissions, updatedAt: alertPreferences.updatedAt })
    .from(alertPreferences)
    .where(eq(alertPreferences.userId, userId))
    .get();
  const digests = db.select().from(digestRuns).where(eq(digestRuns.userId, userId)).orderBy(asc(digestRuns.day)).all();
  return {
    emailLinks: links,
    failedSignInsOnRecord: failures.map((f) => iso(f.at)),
    accountChanges: changes,
    alertPreferences: alerts ? { newSubmissions: alerts.newSubmissions, updatedAt: iso(alerts.updatedAt) } : null,
    dailyDigests: digests.map((d) => ({ day: d.day, from: iso(d.coveredFrom), until: iso(d.coveredUntil), items: d.itemCount })),
  };
}

/** What the person did on other people's recommendations, as a coordinator: the kind and the item, no more. */
function actionsOnOthersRecommendations(userId: number) {
  return getDb()
    .select({ ref: recommendations.ref, kind: historyEvents.kind, createdAt: historyEvents.createdAt })
    .from(historyEvents)
    .innerJoin(recommendations, eq(recommendations.id, historyEvents.recommendationId))
    .where(and(eq(historyEvents.actorId, userId), or(isNull(recommendations.submitterId), ne(recommendations.submitterId, userId))))
    .orderBy(asc(historyEvents.id))
    .all()
    .map((a) => ({ ref: a.ref, kind: a.kind, at: iso(a.createdAt) }));
}

export type PersonalDataExport = NonNullable<ReturnType<typeof exportPersonalData>>;

export function exportPersonalData(userId: number, now = new Date()) {
  const found = account(userId);
  if (!found) return null;
  const { user, ...profile } = found;
  return {
    format: EXPORT_FORMAT,
    exportedAt: now.toISOString(),
    ...profile,
    recommendations: ownRecommendations(userId),
    cosignatures: exportCosignatures(userId, user.email),
    ...messagesAndNews(userId, user.email),
    ...signInAndSettings(userId, user.email),
    actionsOnOthersRecommendations: actionsOnOthersRecommendations(userId),
  };
}
