/**
 * Who may call which server action (ASVS 4.1.1, 4.1.3, 4.2.1; docs/security.md, "Access control").
 *
 * Server actions are public POST endpoints: whatever the pages show, anyone can call any exported
 * action with any input. This file finds every action in the code ('use server' modules under lib/ and
 * app/), calls each directly as each kind of caller with valid input, and checks the answer against the
 * table below. A new action without a row fails the first test: decide who may call it, write the row.
 *
 * Callers: nobody signed in; the stakeholder who owns the item; another stakeholder; a coordinator
 * limited to Pillar IV acting on an item of Pillar I; a coordinator of all pillars; an administrator.
 * Denied = the action answers with the refusal code in the table and the database is byte-for-byte
 * what it was. Allowed = data, no refusal, no validation error.
 */
import { createHash } from 'node:crypto';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { desc, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import {
  CONSENT_LEVELS,
  cosigners,
  initiatives,
  meetings,
  pillars,
  pillarSubscriptions,
  recommendations,
  redactions,
  users,
} from '@/db/schema';
import { createCall, moveCall } from '@/lib/calls/manage-calls';
import { callSchema } from '@/lib/calls/schema';
import { unsubscribeToken } from '@/lib/calls/unsubscribe-token';
import { addAttachment } from '@/lib/attachments/add-attachment';
import { redactPassage } from '@/lib/redaction/redact';
import { redactSchema } from '@/lib/redaction/schemas';
import { PDF_BYTES } from '@/test/fixtures/papers';
import type { Database } from '@/db/open';
import { DEMO_PASSWORD, seedDemoData } from '@/lib/accounts/demo-seed';
import { issueToken } from '@/lib/accounts/tokens';
import { generateSync } from 'otplib';
import { confirmEnrolment, startEnrolment } from '@/lib/auth/mfa';
import { mfaRecoveryCodes } from '@/db/schema';
import { createMeeting } from '@/lib/admin/meetings';
import { meetingSchema } from '@/lib/admin/schemas';
import { loadUser, type CurrentUser } from '@/lib/auth/current-user';
import { hashPassword } from '@/lib/auth/password';
import { createRecommendation } from '@/lib/recommendations/create-recommendation';
import { recommendationSchema } from '@/lib/recommendations/schema';
import { startReview } from '@/lib/triage/assignment';
import { changeStatus } from '@/lib/triage/change-status';
import { linkRecommendationToInitiative } from '@/lib/triage/links';
import { saveTranslation } from '@/lib/translations/store';
import { useTemporaryGlobalDatabase } from '@/test/global-database';
import { insertUser } from '@/test/users';
import { findServerActions, inlineServerActionFiles, type FoundAction } from './find-server-actions';

// Who is calling: each call chooses, as if next-auth had resolved that session. Everything else is real.
const caller = vi.hoisted(() => ({ current: null as CurrentUser | null }));
vi.mock('@/lib/auth/current-user', async (importOriginal) => ({
  ...(await importOriginal<typeof import('@/lib/auth/current-user')>()),
  getCurrentUser: async () => caller.current,
}));
vi.mock('next/cache', () => ({ revalidatePath: () => undefined, revalidateTag: () => undefined }));
// Work an action leaves for after its answer (e-mail delivery, the reset look-up) runs before the next call.
const deferred = vi.hoisted(() => ({ tasks: [] as (() => Promise<unknown>)[] }));
vi.mock('next/server', async (importOriginal) => ({
  ...(await importOriginal<typeof import('next/server')>()),
  after: (task: () => Promise<unknown>) => void deferred.tasks.push(task),
}));

const ROLES = ['anonymous', 'stakeholder', 'otherStakeholder', 'pillarCoordinator', 'coordinator', 'admin'] as const;
type Role = (typeof ROLES)[number];
/** 'allowed', or the refusal code the caller must get. */
type Outcome =
  | 'allowed'
  | 'notSignedIn'
  | 'forbidden'
  | 'notFound'
  | 'unknownPillar'
  | 'needsGovernment'
  | 'governmentAccount'
  | 'machineTranslationOff';
type Who = Record<Role, Outcome>;

const ANYONE: Who = {
  anonymous: 'allowed',
  stakeholder: 'allowed',
  otherStakeholder: 'allowed',
  pillarCoordinator: 'allowed',
  coordinator: 'allowed',
  admin: 'allowed',
};
const SIGNED_IN: Who = { ...ANYONE, anonymous: 'notSignedIn' };
/** The submitter's own item: anyone else, administrators included, is told it does not exist. */
const OWNER: Who = {
  anonymous: 'notSignedIn',
  stakeholder: 'allowed',
  otherStakeholder: 'notFound',
  pillarCoordinator: 'notFound',
  coordinator: 'notFound',
  admin: 'notFound',
};
/** Coordinators and administrators; a scoped coordinator outside their pillars learns nothing (notFound). */
const TRIAGE: Who = {
  anonymous: 'notSignedIn',
  stakeholder: 'forbidden',
  otherStakeholder: 'forbidden',
  pillarCoordinator: 'notFound',
  coordinator: 'allowed',
  admin: 'allowed',
};
/** The person an invitation to co-sign is addressed to (the other stakeholder, by e-mail); anyone else learns nothing. */
const INVITEE: Who = { ...OWNER, stakeholder: 'notFound', otherStakeholder: 'allowed' };
const ADMIN: Who = {
  anonymous: 'notSignedIn',
  stakeholder: 'forbidden',
  otherStakeholder: 'forbidden',
  pillarCoordinator: 'forbidden',
  coordinator: 'forbidden',
  admin: 'allowed',
};

/** Item fixtures live in Pillar I, outside the scoped coordinator's Pillar IV. */
const PILLAR = 'building-back-together';
const INITIATIVE = 'semiconductor-supply-chains';
const NEW_PASSWORD = 'Tq9-vW2-mZ7-kL4p-rn8';

type Fixtures = ReturnType<typeof fixtures>;
/**
 * `caller`: who makes the call instead of the usual person for that role, when the call would use the
 * person up (deleting one's own account deletes the caller: each allowed call is made by a fresh account).
 */
type Row = {
  who: Who;
  input: (fx: Fixtures) => unknown | Promise<unknown>;
  check?: (data: unknown) => void;
  caller?: (fx: Fixtures, role: Exclude<Role, 'anonymous'>) => CurrentUser | Promise<CurrentUser>;
};

const done = (data: unknown) => expect(data).toMatchObject({ done: true });

/** One row per server action, by its exported name. */
const TABLE: Record<string, Row> = {
  // lib/accounts/actions.ts: the account forms
  signUpAction: {
    who: ANYONE,
    input: (fx) => ({
      name: 'Ana Ruiz',
      email: fx.email(),
      password: NEW_PASSWORD,
      organization: '',
      sector: 'ngo',
      country: 'mx',
      preferredLocale: 'es',
      privacyConsent: true,
    }),
  },
  resendVerificationAction: { who: SIGNED_IN, input: () => ({ returnPath: '/en/submit' }) },
  // The confirmation link's token is the authorization; opening the link (a GET) confirms nothing.
  confirmEmailAction: { who: ANYONE, input: (fx) => ({ token: fx.token(fx.user().id, 'verify_email') }), check: done },
  requestPasswordResetAction: { who: ANYONE, input: (fx) => ({ email: fx.user().email }) },
  resetPasswordAction: {
    who: ANYONE,
    input: (fx) => ({ token: fx.token(fx.user().id, 'reset_password'), password: NEW_PASSWORD }),
    check: done,
  },
  updateAccountAction: {
    who: SIGNED_IN,
    input: () => ({ name: 'Same Person', organization: '', sector: 'other', country: 'other', preferredLocale: 'en' }),
  },
  changePasswordAction: { who: SIGNED_IN, input: () => ({ currentPassword: DEMO_PASSWORD, newPassword: NEW_PASSWORD }) },
  // lib/accounts/data-rights-actions.ts: one's own account only (the input names no account); a government
  // account is refused before its password is checked
  deleteAccountAction: {
    who: { ...SIGNED_IN, pillarCoordinator: 'governmentAccount', coordinator: 'governmentAccount', admin: 'governmentAccount' },
    input: () => ({ currentPassword: DEMO_PASSWORD, confirm: true }),
    caller: (fx, role) => (role === 'stakeholder' || role === 'otherStakeholder' ? fx.stakeholderWithDemoPassword() : people[role]),
    check: (data) => expect(data).toMatchObject({ deleted: true }),
  },
  // lib/accounts/invitation-actions.ts: the invitation link's token is the authorization
  acceptInvitationAction: {
    who: ANYONE,
    input: (fx) => ({ token: fx.token(fx.invitee().id, 'invite'), password: NEW_PASSWORD }),
    check: done,
  },

  // lib/auth/mfa-actions.ts: one's own two-step sign-in, each with a code from one's own app
  confirmTwoStepAction: { who: SIGNED_IN, input: (fx) => fx.twoStepCode('pending') },
  renewRecoveryCodesAction: { who: SIGNED_IN, input: (fx) => fx.twoStepCode('enabled') },
  disableTwoStepAction: { who: SIGNED_IN, input: (fx) => fx.twoStepCode('enabled') },

  // lib/recommendations/actions.ts: a stakeholder's recommendations
  submitRecommendationAction: { who: SIGNED_IN, input: () => recommendationForm() },
  editRecommendationAction: { who: OWNER, input: async (fx) => ({ ...recommendationForm(), ...(await fx.recommendation()) }) },
  withdrawRecommendationAction: { who: OWNER, input: async (fx) => ({ ...(await fx.recommendation()), reason: '', hideText: false }) },

  // lib/triage/actions.ts: the coordinators' workspace
  changeStatusAction: { who: TRIAGE, input: async (fx) => ({ ...(await fx.recommendation()), to: 'under_review' }) },
  confirmStatusAction: { who: { ...TRIAGE, admin: 'needsGovernment' }, input: (fx) => fx.pendingImplemented() },
  linkInitiativeAction: {
    who: TRIAGE,
    input: async (fx) => ({ ...(await fx.recommendation()), initiative: INITIATIVE, explanationEn: 'It maps the suppliers.' }),
  },
  unlinkInitiativeAction: { who: TRIAGE, input: async (fx) => ({ ...(await fx.linked()), initiative: INITIATIVE }) },
  mergeDuplicateAction: { who: TRIAGE, input: async (fx) => ({ ...(await fx.recommendation()), into: (await fx.recommendation()).ref }) },
  hideRecommendationAction: { who: TRIAGE, input: async (fx) => ({ ...(await fx.recommendation()), reason: 'Advertising' }) },
  addNoteAction: { who: TRIAGE, input: async (fx) => ({ ref: (await fx.recommendation()).ref, body: 'Called the submitter.' }) },
  recordPositionAction: {
    who: { ...TRIAGE, admin: 'needsGovernment' },
    input: async (fx) => ({ ref: (await fx.recommendation()).ref, position: 'supports', noteEn: 'We support it.' }),
  },
  assignAction: { who: TRIAGE, input: async (fx) => ({ items: [await fx.recommendation()], assigneeId: fx.people.coordinator.id }) },
  startReviewAction: { who: TRIAGE, input: async (fx) => ({ items: [await fx.recommendation()] }) },
  publishSummaryAction: {
    who: TRIAGE,
    input: async (fx) => ({ ...(await fx.recommendation('summary_only')), summaryEn: 'Faster clearance for perishable goods.' }),
  },

  // lib/translations/actions.ts: the translation workspace (the fixture item is in English)
  saveTranslationAction: {
    who: TRIAGE,
    input: async (fx) => ({
      ...(await fx.recommendation()),
      locale: 'es',
      title: 'Carriles de inspección compartidos para perecederos',
      body: 'Abrir carriles de inspección conjunta en los cruces más transitados.',
      check: true,
    }),
  },
  checkTranslationAction: { who: TRIAGE, input: async (fx) => ({ ...(await fx.translated()), locale: 'es' }) },
  // A person's check of a text written in both languages: the record's (Pillar I) description.
  checkPairedTranslationAction: {
    who: TRIAGE,
    input: () => ({ text: 'initiative_description', initiative: INITIATIVE, originalLocale: 'en' }),
  },
  // No translation service is configured in tests: even an allowed caller is refused before any request.
  machineDraftAction: {
    who: { ...TRIAGE, coordinator: 'machineTranslationOff', admin: 'machineTranslationOff' },
    input: async (fx) => ({ ...(await fx.recommendation()), locale: 'es' }),
  },

  // lib/redaction/actions.ts: coordinators withhold a passage of a public text, or lift that
  redactPassageAction: {
    who: TRIAGE,
    input: async (fx) => ({ ref: (await fx.recommendation()).ref, field: 'body', passage: 'perishable goods', reason: 'security' }),
  },
  liftRedactionAction: { who: TRIAGE, input: async (fx) => ({ ...(await fx.redaction()), reason: 'No longer needed.' }) },

  // lib/attachments/actions.ts: coordinators hide a file; a submitter removes their own while they may edit
  hideAttachmentAction: { who: TRIAGE, input: async (fx) => ({ ...(await fx.attachment()), reason: 'A signature is visible.' }) },
  removeAttachmentAction: { who: OWNER, input: (fx) => fx.attachment() },

  // lib/cosigning/actions.ts: the submitter invites; only the person invited (by their address) signs or withdraws
  inviteCosignerAction: { who: OWNER, input: async (fx) => ({ ref: (await fx.recommendation()).ref, email: fx.email() }) },
  signAsCosignerAction: {
    who: INVITEE,
    input: async (fx) => ({
      cosignerId: await fx.invitation('invited'),
      organization: 'Borderlands Manufacturing Association',
      sector: 'private_sector',
      country: 'us',
      publicConsent: true,
    }),
  },
  withdrawSignatureAction: { who: INVITEE, input: async (fx) => ({ cosignerId: await fx.invitation('signed') }) },

  // lib/notifications/actions.ts: a coordinator's own alert settings (no item, so no pillar to be outside of)
  saveAlertPreferenceAction: { who: { ...TRIAGE, pillarCoordinator: 'allowed' }, input: () => ({ newSubmissions: 'daily' }) },

  // lib/record/actions.ts: coordinators keep the record of their pillars
  saveInitiativeAction: {
    who: { ...TRIAGE, pillarCoordinator: 'unknownPillar' },
    input: (fx) => ({
      slug: fx.slug(),
      pillar: PILLAR,
      titleEn: 'Port pilots',
      titleEs: 'Pilotos portuarios',
      descriptionEn: 'Pilots.',
      descriptionEs: 'Pilotos.',
      state: 'planned',
      leads: [],
      existingSlug: null,
    }),
  },
  recordProgressAction: {
    who: TRIAGE,
    input: () => ({
      initiative: INITIATIVE,
      date: '2026-03-01',
      meeting: '',
      kind: 'accomplishment',
      textEn: 'Mapped 40 suppliers.',
      textEs: 'Se mapearon 40 proveedores.',
      sourceTitle: 'Supplier mapping report',
    }),
  },
  recordMilestoneAction: {
    who: TRIAGE,
    input: (fx) => ({ initiative: INITIATIVE, titleEn: `Pilot ${fx.slug()}`, titleEs: 'Piloto', targetDate: '2027-06-30' }),
  },

  // The CSV import is a route handler (app/api/coordinate/import/route.ts), tested in lib/coordinate-csv/import-route.test.ts.
  // lib/notifications/progress-news-actions.ts: each person's own choice of progress news
  saveProgressNewsAction: { who: SIGNED_IN, input: () => ({ mode: 'weekly' }) },

  // lib/snapshots/actions.ts: publishing a meeting's fact sheet freezes its snapshot
  publishSnapshotAction: {
    who: ADMIN,
    input: (fx) => ({ meeting: fx.meetingSlug() }),
  },

  // lib/admin/actions.ts: administration
  inviteCoordinatorAction: {
    who: ADMIN,
    input: (fx) => ({ name: 'Valeria Ríos', email: fx.email(), government: 'mx', scope: 'all', pillars: [], preferredLocale: 'es' }),
  },
  resendInvitationAction: { who: ADMIN, input: (fx) => ({ userId: fx.invitee().id }) },
  changeUserAccessAction: { who: ADMIN, input: (fx) => ({ userId: fx.user().id, role: 'coordinator', government: 'mx', scope: 'all' }) },
  deactivateUserAction: { who: ADMIN, input: (fx) => ({ userId: fx.user().id }) },
  reactivateUserAction: { who: ADMIN, input: (fx) => ({ userId: fx.user({ deactivatedAt: new Date() }).id }) },
  createMeetingAction: { who: ADMIN, input: (fx) => ({ ...meetingForm(), slug: fx.slug() }) },
  updateMeetingAction: { who: ADMIN, input: (fx) => ({ ...meetingForm(), slug: fx.slug(), meetingId: fx.meeting() }) },
  // The defaults, so the rows after it still run under them (both languages for a public response).
  updateSiteSettingsAction: { who: ADMIN, input: () => ({ bilateralConfirmation: true, responsesInBothLanguages: true }) },
  // lib/calls/actions.ts: calls for input (a coordinator must cover every pillar of the call), the trail, subscriptions
  createCallAction: { who: TRIAGE, input: (fx) => callForm(fx.slug(), fx.meetingSlug()) },
  moveCallAction: { who: TRIAGE, input: (fx) => ({ call: fx.draftCall(), move: 'open' }) },
  reaffirmAction: {
    who: OWNER,
    input: async (fx) => ({ ref: (await fx.recommendation()).ref, call: await fx.openCall(), note: 'Still needed.' }),
  },
  // Input received in a meeting or by letter: a coordinator of the chosen pillar records it for the organization.
  recordAnswerAction: {
    who: TRIAGE,
    input: async (fx) => ({
      call: await fx.openCall(),
      title: 'Shared inspection hours at the border',
      body: 'Given by the chamber at the consultation meeting in Monterrey, in its own words.',
      language: 'en',
      pillar: PILLAR,
      organization: 'Cámara de Comercio de Monterrey',
      sector: 'private_sector',
      country: 'mx',
      consent: 'name_and_organization',
      channel: 'meeting',
      receivedOn: new Date().toISOString().slice(0, 10),
    }),
  },
  saveSubscriptionsAction: { who: SIGNED_IN, input: () => ({ pillars: [PILLAR] }) },
  // The signed link is the authorization: it needs no sign-in.
  unsubscribeAction: {
    who: ANYONE,
    input: (fx) => ({ token: fx.unsubscribeToken() }),
    check: (data) => expect(data).toMatchObject({ ok: true }),
  },
};

/** A one-row import adding a progress update, distinct each time so it is never a duplicate. */
function recommendationForm() {
  return {
    title: 'Shared inspection lanes for perishable goods',
    body: 'Open joint inspection lanes at the busiest crossings so that perishable goods are cleared once, not twice.',
    pillar: PILLAR,
    topics: 'border, agriculture',
    sector: 'civil_society',
    organization: '',
    organizationIdentifier: '',
    fundingDeclaration: 'none',
    country: 'mx',
    language: 'en',
    consent: 'name_and_organization',
  } as const;
}

/** A call for input on Pillar I with one question, closing a week from now (Mexico City time). */
function callForm(slug: string, meeting: string) {
  const closes = new Date(Date.now() + 7 * 86_400_000 - 6 * 3_600_000).toISOString().slice(0, 16);
  return {
    slug,
    meeting,
    titleEn: 'Input for the next ministerial',
    titleEs: 'Aportaciones para la próxima ministerial',
    introEn: 'Tell the governments what the dialogue should take up next.',
    introEs: 'Diga a los gobiernos qué debería abordar el diálogo.',
    pillars: [PILLAR],
    questions: [{ pillar: PILLAR, textEn: 'Which supply chain next?', textEs: '¿Qué cadena de suministro sigue?' }],
    closesAt: closes,
  };
}

function meetingForm() {
  return {
    date: '2026-04-20',
    kind: 'mid_year_review',
    titleEn: 'Mid-year review',
    titleEs: 'Revisión de medio año',
    summaryEn: 'The review.',
    summaryEs: 'La revisión.',
  } as const;
}

const database = useTemporaryGlobalDatabase();
const actions = await findServerActions();
let people: Record<Exclude<Role, 'anonymous'> | 'mxCoordinator', CurrentUser>;
let sequence = 0;
let demoPasswordHash: string | undefined;
/** Whose call the next input is for: the two-step fixtures use that person's own authenticator. */
let inputFor: Role = 'anonymous';

/** Fresh objects for one call, so no call sees another's leftovers. */
function fixtures(db: Database) {
  const unique = () => `${Date.now().toString(36)}${(sequence += 1)}`;
  const owner = people.stakeholder;
  const mx = people.mxCoordinator;
  const fx = {
    people,
    email: () => `person.${unique()}@example.org`,
    slug: () => `security-${unique()}`,
    user: (fields: Partial<typeof users.$inferInsert> = {}) => insertUser(db, { passwordHash: 'not-a-real-hash', ...fields }),
    /** A stakeholder of its own, signing in with the demo password: for an action that uses its caller up. */
    stakeholderWithDemoPassword: async () =>
      insertUser(db, { passwordHash: (demoPasswordHash ??= await hashPassword(DEMO_PASSWORD)), organization: 'Red Fronteriza' }),
    /** A coordinator invited by an administrator who has not chosen a password yet. */
    invitee: () => insertUser(db, { role: 'coordinator', government: 'mx', allPillars: true }),
    token: (userId: number, purpose: 'reset_password' | 'invite' | 'verify_email') => issueToken(db, userId, purpose),
    /** A right code from the caller's app: for setting up (pending), or once it is on (the next time step's code). */
    twoStepCode: (state: 'pending' | 'enabled') => {
      if (inputFor === 'anonymous') return { code: '123456' };
      const userId = people[inputFor].id;
      db.update(users).set({ totpSecret: null, totpEnabledAt: null, totpLastStep: null }).where(eq(users.id, userId)).run();
      db.delete(mfaRecoveryCodes).where(eq(mfaRecoveryCodes.userId, userId)).run();
      const { secret } = startEnrolment(userId);
      if (state === 'pending') return { code: generateSync({ secret }) };
      confirmEnrolment(userId, generateSync({ secret }));
      return { code: generateSync({ secret, epoch: Math.floor(Date.now() / 1000) + 30 }) };
    },
    meetingSlug: () => {
      const id = fx.meeting();
      return db.select({ slug: meetings.slug }).from(meetings).where(eq(meetings.id, id)).get()!.slug;
    },
    /** A draft call for input on Pillar I, closing in a week. */
    draftCall: () => createCall(people.admin, callSchema.parse(callForm(fx.slug(), fx.meetingSlug()))).slug,
    openCall: async () => {
      const slug = fx.draftCall();
      await moveCall(people.admin, slug, 'open');
      return slug;
    },
    /** The owner's subscription to Pillar I, made afresh, and its unsubscribe link's token. */
    unsubscribeToken: () => {
      const pillar = db.select({ id: pillars.id }).from(pillars).where(eq(pillars.slug, PILLAR)).get()!;
      db.delete(pillarSubscriptions).where(eq(pillarSubscriptions.userId, owner.id)).run();
      const row = db.insert(pillarSubscriptions).values({ userId: owner.id, pillarId: pillar.id }).returning().get();
      return unsubscribeToken({ userId: owner.id, pillarId: pillar.id, createdAt: row.createdAt.getTime() });
    },
    meeting: () => {
      const result = createMeeting(people.admin, meetingSchema.parse({ ...meetingForm(), slug: fx.slug() }));
      if (!result.ok) throw new Error('meeting fixture');
      return result.id;
    },
    /** A received recommendation of the stakeholder in Pillar I, dated three days ago (outside the submission limits). */
    recommendation: async (consent: (typeof CONSENT_LEVELS)[number] = 'name_and_organization') => {
      const input = recommendationSchema.parse({ ...recommendationForm(), consent });
      const created = db.transaction((tx) => createRecommendation(tx, owner, input, { now: new Date(Date.now() - 3 * 86_400_000) }));
      return current(db, created.ref);
    },
    /** With an unchecked Spanish translation, saved by the Mexican coordinator. */
    translated: async () => {
      const { ref, version } = await fx.recommendation();
      saveTranslation(mx, { ref, version, locale: 'es', title: 'Carriles compartidos', body: 'Abrir carriles conjuntos.', check: false });
      return current(db, ref);
    },
    redaction: async () => {
      const { ref } = await fx.recommendation();
      await redactPassage(mx, redactSchema.parse({ ref, field: 'body', passage: 'perishable goods', reason: 'security' }));
      return { ref, redactionId: db.select().from(redactions).orderBy(desc(redactions.id)).get()!.id };
    },
    attachment: async () => {
      const { ref } = await fx.recommendation();
      const { id } = await addAttachment(owner, ref, { name: 'Position paper.pdf', bytes: PDF_BYTES });
      return { ref, attachmentId: id };
    },
    /** An invitation of the stakeholder's item addressed to the other stakeholder, waiting or signed. */
    invitation: async (state: 'invited' | 'signed') => {
      const { ref } = await fx.recommendation();
      const id = db.select().from(recommendations).where(eq(recommendations.ref, ref)).get()!.id;
      return db
        .insert(cosigners)
        .values({
          recommendationId: id,
          email: people.otherStakeholder.email,
          state,
          userId: state === 'signed' ? people.otherStakeholder.id : null,
        })
        .returning({ id: cosigners.id })
        .get().id;
    },
    linked: async () => {
      const { ref, version } = await fx.recommendation();
      await linkRecommendationToInitiative(mx, { ref, version, initiative: INITIATIVE, explanationEn: 'It maps the suppliers.' });
      return current(db, ref);
    },
    /** Proposed as implemented by the Mexican coordinator, awaiting the U.S. confirmation. */
    pendingImplemented: async () => {
      const { ref } = await fx.recommendation();
      startReview(mx, [{ ref, version: current(db, ref).version }]);
      await linkRecommendationToInitiative(mx, {
        ref,
        version: current(db, ref).version,
        initiative: INITIATIVE,
        explanationEs: 'Mapea proveedores.',
      });
      await changeStatus(mx, { ref, version: current(db, ref).version, to: 'accepted', responseEn: 'Taken up.', responseEs: 'Se retoma.' });
      await changeStatus(mx, { ref, version: current(db, ref).version, to: 'implemented', responseEn: 'Done.', responseEs: 'Hecho.' });
      return current(db, ref);
    },
  };
  return fx;
}

function current(db: Database, ref: string) {
  const row = db
    .select({ ref: recommendations.ref, version: recommendations.version })
    .from(recommendations)
    .where(eq(recommendations.ref, ref))
    .get();
  if (!row) throw new Error(`no recommendation ${ref}`);
  return row;
}

/** Every row of every ordinary table, hashed: a denied call must leave it exactly as it was. */
function snapshot(db: Database): string {
  const client = db.$client;
  const tables = client
    .prepare(
      "select name from sqlite_master where type = 'table' and name not like 'sqlite_%' and sql not like 'CREATE VIRTUAL%' order by name",
    )
    .pluck()
    .all() as string[];
  const hash = createHash('sha256');
  for (const table of tables) {
    hash.update(`[${table}]`);
    for (const row of client.prepare(`select * from "${table}"`).raw().iterate()) hash.update(JSON.stringify(row));
  }
  return hash.digest('hex');
}

type Result = { data?: unknown; serverError?: unknown; validationErrors?: unknown };
const outcomes: Record<string, Record<Role, string>> = {};

beforeAll(async () => {
  // Attachment fixtures write their files here, never into the project's data folder.
  process.env.ATTACHMENTS_DIR = mkdtempSync(path.join(tmpdir(), 'hled-matrix-attachments-'));
  const db = database.db();
  await seedDemoData(db);
  const byEmail = (email: string) => loadUser(db.select().from(users).where(eq(users.email, email)).get()!.id, null)!;
  people = {
    stakeholder: byEmail('stakeholder@hled.example'),
    otherStakeholder: byEmail('industry@hled.example'),
    pillarCoordinator: byEmail('coordinator.pillar4@hled.example'),
    coordinator: byEmail('coordinator.us@hled.example'),
    admin: byEmail('admin@hled.example'),
    mxCoordinator: byEmail('coordinator.mx@hled.example'),
  };
  // The fixtures rely on these facts of the demo data; if they change, the matrix would test the wrong thing.
  const pillarOne = db.select().from(pillars).where(eq(pillars.slug, PILLAR)).get()!;
  expect(people.pillarCoordinator).toMatchObject({ role: 'coordinator', allPillars: false, government: 'us' });
  expect(people.pillarCoordinator.pillarIds).not.toContain(pillarOne.id);
  expect(people.coordinator).toMatchObject({ role: 'coordinator', allPillars: true, government: 'us' });
  expect(db.select().from(initiatives).where(eq(initiatives.slug, INITIATIVE)).get()?.pillarId).toBe(pillarOne.id);
});

afterAll(() => {
  const header = ['action', ...ROLES];
  const lines = Object.entries(outcomes).map(([name, row]) => [name, ...ROLES.map((role) => row[role])]);
  const widths = header.map((_, i) => Math.max(...[header, ...lines].map((line) => line[i]!.length)));
  const format = (line: string[]) => line.map((cell, i) => cell.padEnd(widths[i]!)).join('  ');
  console.info(
    `Authorization matrix: ${Object.keys(outcomes).length} actions × ${ROLES.length} callers = ${Object.keys(outcomes).length * ROLES.length} calls\n` +
      [format(header), ...lines.map(format)].join('\n'),
  );
});

// argon2 runs in the account actions' cells: allow for a loaded machine.
describe(
  `the authorization matrix (${actions.length} server actions × ${ROLES.length} callers = ${actions.length * ROLES.length} calls)`,
  { timeout: 30_000 },
  () => {
    it('has one row for every exported server action, and no row for an action that is gone', () => {
      const found = actions.map((a) => a.name);
      expect(new Set(found).size, 'two server actions share a name: give each a distinct one').toBe(found.length);
      const missing = actions.filter((a) => !(a.name in TABLE)).map((a) => `${a.name} (${a.file})`);
      expect(missing, 'server actions without a row in TABLE of test/security/authorization-matrix.test.ts: say who may call them').toEqual(
        [],
      );
      const stale = Object.keys(TABLE).filter((name) => !found.includes(name));
      expect(stale, 'rows of TABLE for actions that no longer exist').toEqual([]);
      expect(actions.length).toBeGreaterThanOrEqual(30);
      expect(
        inlineServerActionFiles(),
        "server actions declared inside a function escape this matrix: move them to a 'use server' module",
      ).toEqual([]);
    });

    for (const found of actions) {
      const row = TABLE[found.name];
      if (!row) continue;
      it.each(ROLES)(`${found.name} as %s`, async (role) => {
        await callAs(found, row, role);
      });
    }
  },
);

async function callAs(found: FoundAction, row: Row, role: Role) {
  const db = database.db();
  const expected = row.who[role];
  inputFor = role;
  const fx = fixtures(db);
  const input = await row.input(fx);
  caller.current = role === 'anonymous' ? null : row.caller ? await row.caller(fx, role) : people[role];
  const before = expected === 'allowed' ? null : snapshot(db);
  const result = (await found.action(input)) as Result;
  caller.current = null;
  for (const task of deferred.tasks.splice(0)) await task();
  (outcomes[found.name] ??= {} as Record<Role, string>)[role] =
    typeof result.serverError === 'string' ? `✗ ${result.serverError}` : result.validationErrors ? '? invalid' : '✓';

  if (expected === 'allowed') {
    expect(result.serverError, `${found.name} as ${role}: refused`).toBeUndefined();
    expect(result.validationErrors, `${found.name} as ${role}: the table's input did not validate`).toBeUndefined();
    expect(result.data, `${found.name} as ${role}: no data`).toBeDefined();
    row.check?.(result.data);
    return;
  }
  expect(result, `${found.name} as ${role} must be refused with "${expected}"`).toEqual({ serverError: expected });
  expect(snapshot(db), `${found.name} as ${role}: refused, but the database changed`).toBe(before);
}

describe('the link-authorized actions', { timeout: 30_000 }, () => {
  it('refuse an unknown, used or mistyped token and change nothing', async () => {
    const db = database.db();
    const byName = (name: string) => actions.find((a) => a.name === name)!.action;
    const before = snapshot(db);
    for (const name of ['resetPasswordAction', 'acceptInvitationAction']) {
      expect(await byName(name)({ token: 'x'.repeat(43), password: NEW_PASSWORD }), name).toEqual({
        data: { done: false, reason: 'invalid' },
      });
    }
    expect(snapshot(db)).toBe(before);
    // A reset token does not open an invitation, nor the other way round.
    const fx = fixtures(db);
    const reset = fx.token(fx.user().id, 'reset_password');
    expect(await byName('acceptInvitationAction')({ token: reset, password: NEW_PASSWORD })).toEqual({
      data: { done: false, reason: 'invalid' },
    });
    const invite = fx.token(fx.invitee().id, 'invite');
    expect(await byName('resetPasswordAction')({ token: invite, password: NEW_PASSWORD })).toEqual({
      data: { done: false, reason: 'invalid' },
    });
  });

  it('ignore fields a form does not have: a stakeholder cannot set status or role through extra input (ASVS 5.1.2)', async () => {
    const db = database.db();
    const fx = fixtures(db);
    const item = await fx.recommendation();
    caller.current = people.stakeholder;
    const byName = (name: string) => actions.find((a) => a.name === name)!.action;
    const edit = (await byName('editRecommendationAction')({
      ...recommendationForm(),
      ...item,
      status: 'implemented',
      submitterId: people.admin.id,
    })) as Result;
    expect(edit.serverError).toBeUndefined();
    const account = (await byName('updateAccountAction')({
      name: 'Lucía',
      sector: 'ngo',
      country: 'mx',
      preferredLocale: 'es',
      role: 'admin',
      allPillars: true,
    })) as Result;
    expect(account.serverError).toBeUndefined();
    caller.current = null;
    expect(db.select().from(recommendations).where(eq(recommendations.ref, item.ref)).get()).toMatchObject({
      status: 'received',
      submitterId: people.stakeholder.id,
    });
    expect(db.select().from(users).where(eq(users.id, people.stakeholder.id)).get()).toMatchObject({
      role: 'stakeholder',
      allPillars: false,
    });
  });
});
