/**
 * The two ways the copied validation helpers drifted apart, pinned down: a form that accepted a date
 * that does not exist, and free text typed by coordinators and administrators stored with control
 * characters and broken Unicode the stakeholder's form already cleaned. Every schema now takes its
 * fields from lib/validation/fields.ts; these cases keep it so.
 */
import { describe, expect, it } from 'vitest';
import type { z } from 'zod';
import { accountDetailsSchema, signUpSchema } from '@/lib/accounts/schemas';
import { inviteCoordinatorSchema, meetingSchema } from '@/lib/admin/schemas';
import { recommendationSchema, withdrawRecommendationSchema } from '@/lib/recommendations/schema';
import { initiativeSchema, progressSchema } from '@/lib/record/initiative-schemas';
import { hideSchema, linkSchema, mergeSchema, noteSchema, positionSchema, statusChangeSchema, summarySchema } from '@/lib/triage/schemas';

const target = { ref: 'HLED-2026-0042', version: 3 };
const progress = {
  initiative: 'border-data',
  date: '2024-02-29',
  kind: 'accomplishment',
  textEn: 'Done.',
  textEs: 'Hecho.',
  sourceTitle: 'Joint statement',
};
const meeting = {
  slug: 'ministerial-2024',
  date: '2024-09-12',
  kind: 'ministerial',
  titleEn: 'Ministerial',
  titleEs: 'Ministerial',
  summaryEn: 'A meeting.',
  summaryEs: 'Una reunión.',
};
const initiative = {
  slug: 'border-data',
  pillar: 'building-back-together',
  titleEn: 'Border data',
  titleEs: 'Datos fronterizos',
  descriptionEn: 'Open data on crossings.',
  descriptionEs: 'Datos abiertos de cruces.',
  state: 'active',
};
const profile = { name: 'Ana', organization: '', sector: 'civil_society', country: 'mx', preferredLocale: 'es' };
const recommendation = {
  title: 'Publish cargo crossing times',
  body: 'Publish hourly cargo crossing times at every port of entry as open data.',
  pillar: 'building-back-together',
  sector: 'civil_society',
  fundingDeclaration: 'none',
  country: 'mx',
  language: 'es',
  consent: 'without_name',
};

// A bell, an escape and a lone surrogate inside text someone typed, with spaces around it.
const DIRTY = '  Re\u0007sp\u001buesta \ud800 final \u007f ';
const CLEAN = 'Respuesta \ufffd final';

/** [form, the free-text field to dirty, schema, a valid input]: every field a person types into. */
const FREE_TEXT: [string, string, z.ZodType, Record<string, unknown>][] = [
  ['status change', 'responseEn', statusChangeSchema, { ...target, to: 'accepted' }],
  ['status change', 'responseEs', statusChangeSchema, { ...target, to: 'accepted' }],
  ['link', 'explanationEn', linkSchema, { ...target, initiative: 'border-data' }],
  ['link', 'explanationEs', linkSchema, { ...target, initiative: 'border-data' }],
  ['merge', 'responseEn', mergeSchema, { ...target, into: 'HLED-2026-0001' }],
  ['hide', 'reason', hideSchema, { ...target, reason: 'spam' }],
  ['note', 'body', noteSchema, { ref: target.ref, body: 'note' }],
  ['position', 'noteEn', positionSchema, { ref: target.ref, position: 'supports' }],
  ['public summary', 'summaryEn', summarySchema, { ...target, summaryEs: 'Resumen.' }],
  ['initiative', 'titleEn', initiativeSchema, initiative],
  ['initiative', 'descriptionEs', initiativeSchema, initiative],
  ['progress update', 'textEn', progressSchema, progress],
  ['progress update', 'figureUnitEs', progressSchema, progress],
  ['meeting', 'titleEs', meetingSchema, meeting],
  ['meeting', 'placeEn', meetingSchema, meeting],
  ['meeting', 'summaryEn', meetingSchema, meeting],
  ['invitation', 'name', inviteCoordinatorSchema, { ...profile, email: 'c@example.gov', government: 'mx', scope: 'all' }],
  ['account', 'organization', accountDetailsSchema, profile],
  ['sign-up', 'name', signUpSchema, { ...profile, email: 'a@example.org', password: 'a long enough passphrase', privacyConsent: true }],
  ['recommendation', 'organization', recommendationSchema, recommendation],
  ['withdrawal', 'reason', withdrawRecommendationSchema, target],
];

describe('free text typed by anyone is cleaned the same way', () => {
  it.each(FREE_TEXT)('the %s form cleans its %s', (_form, field, schema, valid) => {
    const parsed = schema.safeParse({ ...valid, [field]: DIRTY });
    expect(parsed.success, JSON.stringify(parsed.error?.issues)).toBe(true);
    expect((parsed.data as Record<string, unknown>)[field]).toBe(CLEAN);
  });
});

describe('dates are calendar days', () => {
  it('the progress-update form refuses 31 February and accepts 29 February of a leap year', () => {
    expect(progressSchema.safeParse({ ...progress, date: '2024-02-31' }).success).toBe(false);
    expect(progressSchema.safeParse({ ...progress, date: '2023-02-29' }).success).toBe(false);
    expect(progressSchema.safeParse(progress).success).toBe(true);
  });

  it('the meeting form refuses 31 February too', () => {
    expect(meetingSchema.safeParse({ ...meeting, date: '2024-02-31' }).success).toBe(false);
  });
});
