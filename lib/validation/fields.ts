/**
 * The fields every form and query shares, written once: text a person typed, slugs, references and
 * calendar dates. Each zod schema in lib/<area>/schemas takes its fields from here, so a rule (what
 * counts as clean text, what a real date is) cannot drift between forms. Messages are keys of the
 * `validation` messages (lib/form-errors.ts), so one schema serves the browser and the server.
 */
import { z } from 'zod';
import { errorMessage } from '@/lib/form-errors';

const required = errorMessage('required');

/**
 * Text a person typed: trimmed, with control characters other than line breaks and tabs removed, and a
 * lone surrogate (which SQLite would store as invalid UTF-8) replaced by U+FFFD, so what is stored reads
 * back exactly.
 */
export function cleanText(value: string): string {
  return value
    .toWellFormed()
    .replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/g, '')
    .trim();
}

/** Clean text that must be there: at least `min` characters (1 by default), at most `max`. */
export function requiredText(max: number, min = 1) {
  const bounded = z.string().min(1, { error: required });
  return z
    .string({ error: required })
    .transform(cleanText)
    .pipe(
      (min > 1 ? bounded.min(min, { error: errorMessage('tooShort', min) }) : bounded).max(max, { error: errorMessage('tooLong', max) }),
    );
}

/** Clean text that may be left empty: '' when it is. */
export function optionalText(max: number) {
  return z
    .string()
    .optional()
    .transform((value) => cleanText(value ?? ''))
    .pipe(z.string().max(max, { error: errorMessage('tooLong', max) }));
}

/** Clean text that may be left empty, stored as null when it is. */
export function nullableText(max: number) {
  return optionalText(max).transform((value) => value || null);
}

/** Lines typed one per line (delegation leads): each cleaned, blank lines dropped. */
export function splitLines(value: string): string[] {
  return value.split(/\r?\n/).map(cleanText).filter(Boolean);
}

/** A slug as the site writes them: lowercase words of letters and digits joined by single hyphens. */
export const SLUG_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** A new slug someone types (a meeting's, an initiative's address), with the form's own message for a bad one. */
export function newSlug(max: number, formatMessage: 'slug' | 'slugFormat') {
  return z
    .string({ error: required })
    .trim()
    .min(1, { error: required })
    .max(max, { error: errorMessage('tooLong', max) })
    .regex(SLUG_PATTERN, { error: errorMessage(formatMessage) });
}

/**
 * A slug that names something existing (a pillar, an initiative, a meeting) in a form's hidden field or a
 * query: looser than SLUG_PATTERN, since the lookup decides whether it exists.
 */
export const SLUG_REFERENCE_PATTERN = /^[a-z0-9-]{1,100}$/;
export const slugReference = (message?: string) => z.string().regex(SLUG_REFERENCE_PATTERN, message);

/** A recommendation's reference, HLED-<year>-<sequence> with at least four digits (lib/recommendations/reference.ts). */
export const REFERENCE_PATTERN = /^HLED-(\d{4})-(\d{4,})$/;
export const reference = () => z.string().regex(REFERENCE_PATTERN);

/** A real calendar day, written as the record writes dates: YYYY-MM-DD. */
export function isCalendarDate(value: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value)) return false;
  const date = new Date(`${value}T12:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === value;
}

export const calendarDate = () =>
  z
    .string({ error: required })
    .trim()
    .min(1, { error: required })
    .refine(isCalendarDate, { error: errorMessage('date') });

/** The version a form was opened at: a change made since is a conflict. */
export const version = () => z.coerce.number().int().min(1);
