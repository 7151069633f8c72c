/**
 * The domain's words: every closed list the tables, the forms, the messages and the public API share.
 * Pure constants, no drizzle: client components import them from here and never from db/schema, whose
 * table modules belong to the server. The table modules use these lists for their columns' enums.
 * A new status, sector or role is added here (and in both message files).
 */

/** The life of a recommendation; which moves join them is lib/recommendations/lifecycle.ts. */
export const RECOMMENDATION_STATUSES = [
  'received',
  'under_review',
  'accepted',
  'in_progress',
  'implemented',
  'not_adopted',
  'merged',
  'withdrawn',
  'hidden',
] as const;
export type RecommendationStatus = (typeof RECOMMENDATION_STATUSES)[number];

/** The four levels of publication consent a submitter chooses (docs/product.md, "Consent"). */
export const CONSENT_LEVELS = ['name_and_organization', 'without_name', 'summary_only', 'confidential'] as const;
export type ConsentLevel = (typeof CONSENT_LEVELS)[number];
export const NOT_ADOPTED_REASONS = ['out_of_scope', 'needs_legislation', 'already_covered', 'not_feasible_bilaterally', 'other'] as const;
export const FUNDING_DECLARATIONS = ['none', 'us', 'mx', 'both'] as const;
/** A government's position on a recommendation. */
export const POSITIONS = ['supports', 'reviewing', 'does_not_support'] as const;

export const ROLES = ['stakeholder', 'coordinator', 'admin'] as const;
export type Role = (typeof ROLES)[number];
export const SECTORS = ['civil_society', 'private_sector', 'academia', 'labor', 'ngo', 'individual', 'other'] as const;
export const COUNTRIES = ['us', 'mx', 'other'] as const;
/** The site's languages; lib/i18n/routing.ts routes these. */
export const LOCALES = ['en', 'es'] as const;
export const TOKEN_PURPOSES = ['verify_email', 'reset_password', 'invite'] as const;

/** The two governments of the dialogue. */
export const GOVERNMENTS = ['us', 'mx'] as const;
export type Government = (typeof GOVERNMENTS)[number];
export const INITIATIVE_STATES = ['planned', 'active', 'completed', 'paused'] as const;
/** How a submitter hears that an initiative taking up their recommendation moved: at once (at most daily) or weekly. */
export const PROGRESS_NEWS = ['immediate', 'weekly', 'off'] as const;
export type ProgressNews = (typeof PROGRESS_NEWS)[number];
export const MEETING_KINDS = ['relaunch', 'ministerial', 'mid_year_review', 'fact_sheet', 'stakeholder_consultation'] as const;
export const PROGRESS_KINDS = ['accomplishment', 'intention'] as const;
/** How a source words an approximate figure ("more than 160 participants"): said before the number, never in the unit. */
export const FIGURE_QUALIFIERS = ['more_than', 'nearly', 'almost'] as const;
export type FigureQualifier = (typeof FIGURE_QUALIFIERS)[number];

export const CORRECTION_TARGETS = ['source', 'agency', 'pillar', 'meeting', 'initiative', 'progress', 'recommendation'] as const;
export type CorrectionTarget = (typeof CORRECTION_TARGETS)[number];
/**
 * applied: this database held the earlier text and now holds the corrected one;
 * already_correct: this database held the corrected text already (seeded after the correction, most often);
 * kept:    this database keeps its own text (a coordinator edited it since, or it is in the append-only history).
 */
export const CORRECTION_OUTCOMES = ['applied', 'already_correct', 'kept'] as const;
export type CorrectionOutcome = (typeof CORRECTION_OUTCOMES)[number];
export const CORRECTION_LANGUAGES = ['en', 'es', 'both'] as const;

export const HISTORY_KINDS = [
  'submitted',
  'edited',
  'status_changed',
  'status_confirmed',
  'linked',
  'unlinked',
  'merged',
  'hidden',
  'withdrawn',
  'assigned',
  'position_recorded',
  'seeded',
  'summary_published',
  // Internal: the submitter deleted their account; the item stays, anonymous (lib/accounts/delete-account.ts).
  'submitter_account_deleted',
  // A coordinator withheld a passage of the public text with a reason, or lifted that (lib/redaction).
  'redacted',
  'redaction_lifted',
] as const;
export type HistoryKind = (typeof HISTORY_KINDS)[number];
/**
 * The first four tell a submitter about their recommendation; the last two tell coordinators: the
 * other government marked an item implemented and awaits their confirmation, or a new submission
 * arrived in their pillars.
 */
export const NOTIFICATION_KINDS = ['status_changed', 'linked', 'merged', 'received', 'confirmation_requested', 'new_submission'] as const;
export const SUBMITTER_NOTIFICATION_KINDS = [
  'status_changed',
  'linked',
  'merged',
  'received',
] as const satisfies readonly (typeof NOTIFICATION_KINDS)[number][];

/** New submissions in a coordinator's pillars: not told, an e-mail for each, or one daily digest. */
export const SUBMISSION_ALERTS = ['off', 'immediate', 'daily'] as const;
export type SubmissionAlerts = (typeof SUBMISSION_ALERTS)[number];

/** What the public view shows of a recommendation's text. */
export const PUBLIC_TEXT_KINDS = ['full', 'summary', 'withheld'] as const;
export type PublicTextKind = (typeof PUBLIC_TEXT_KINDS)[number];

/** Who wrote a translation: a person, or a machine-translation service (a draft until a person checks it). */
export const TRANSLATION_ORIGINS = ['person', 'machine'] as const;
export type TranslationOrigin = (typeof TRANSLATION_ORIGINS)[number];
/**
 * A public text's state in one language: the language it was written in; a translation a person checked;
 * a machine draft; a person's translation not yet checked; or no text in that language at all.
 */
export const TRANSLATION_STATES = ['original', 'checked', 'machine', 'unchecked', 'missing'] as const;
export type TranslationState = (typeof TRANSLATION_STATES)[number];
/**
 * The texts written in both languages side by side (`*En`/`*Es`) whose translation a person can check:
 * a public response (a history event), a link's explanation, a summary-only item's public summary, an
 * initiative's description and a progress update's text.
 */
export const PAIRED_TEXTS = ['response', 'explanation', 'public_summary', 'initiative_description', 'progress_update'] as const;
export type PairedText = (typeof PAIRED_TEXTS)[number];
/**
 * A call for input's life: a draft only coordinators see; open (public, answers accepted until its closing
 * moment); closed (its closing moment passed, or a coordinator closed it early); reported (its meeting reported).
 */
export const CALL_STATES = ['draft', 'open', 'closed', 'reported'] as const;
export type CallState = (typeof CALL_STATES)[number];
/** How an answer to a call arrived: through the form, or recorded by a coordinator from a meeting or a letter. */
export const ANSWER_CHANNELS = ['form', 'meeting', 'letter'] as const;
export type AnswerChannel = (typeof ANSWER_CHANNELS)[number];
/** The e-mails a pillar's subscriber gets about a call. */
export const CALL_EMAIL_KINDS = ['opened', 'closing_soon', 'reported'] as const;
/** Why a coordinator withheld a passage of a public text; 'other' carries its own words. */
export const REDACTION_REASONS = ['third_party_personal_data', 'defamation', 'security', 'commercial_confidentiality', 'other'] as const;
export type RedactionReason = (typeof REDACTION_REASONS)[number];
/** The public texts a passage can be withheld from ('attachment_name': an attachment's public file name). */
export const REDACTION_FIELDS = ['title', 'body', 'summary_en', 'summary_es', 'topics', 'attachment_name'] as const;
export type RedactionField = (typeof REDACTION_FIELDS)[number];
/** A co-signing organization: invited by e-mail, then signed by a person with an account, or withdrawn. */
export const COSIGNER_STATES = ['invited', 'signed', 'withdrawn'] as const;
export type CosignerState = (typeof COSIGNER_STATES)[number];
export type Sector = (typeof SECTORS)[number];
export type Country = (typeof COUNTRIES)[number];
