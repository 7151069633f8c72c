import { describe, expect, it } from 'vitest';
import { parseErrorMessage } from '@/lib/form-errors';
import { LIMITS, recommendationSchema, splitTopics } from './schema';

const valid = {
  title: 'Publish cargo crossing times',
  body: 'Publish hourly cargo crossing times at every port of entry as open data.',
  pillar: 'building-back-together',
  topics: 'border, open data',
  sector: 'civil_society',
  organization: '',
  organizationIdentifier: '',
  fundingDeclaration: 'none',
  country: 'mx',
  language: 'es',
  consent: 'without_name',
  website: '',
};

function errorsOf(input: Record<string, unknown>) {
  const result = recommendationSchema.safeParse(input);
  if (result.success) return {};
  // The form shows the first problem of each field, as react-hook-form does.
  const errors: Record<string, ReturnType<typeof parseErrorMessage>> = {};
  for (const issue of result.error.issues) errors[String(issue.path[0])] ??= parseErrorMessage(issue.message);
  return errors;
}

describe('the recommendation schema', () => {
  it('accepts a complete recommendation and trims it', () => {
    const result = recommendationSchema.parse({ ...valid, title: `  ${valid.title}  ` });
    expect(result.title).toBe(valid.title);
  });

  it('requires a title, a text, a pillar, a sector, a country, a language and a consent level', () => {
    const errors = errorsOf({ website: '' });
    for (const field of ['title', 'body', 'pillar', 'sector', 'country', 'language', 'consent', 'fundingDeclaration']) {
      expect(errors[field], field).toBeDefined();
    }
    expect(errors.title!.key).toBe('required');
    expect(errors.consent!.key).toBe('choose');
  });

  it('says how long a title must be, at least and at most', () => {
    expect(errorsOf({ ...valid, title: 'Short' }).title).toEqual({
      key: 'tooShort',
      values: { min: LIMITS.title.min, max: LIMITS.title.min },
    });
    expect(errorsOf({ ...valid, title: 'x'.repeat(LIMITS.title.max + 1) }).title!.key).toBe('tooLong');
    expect(errorsOf({ ...valid, title: 'x'.repeat(LIMITS.title.max) }).title).toBeUndefined();
  });

  it('refuses a text over the limit and counts only what is left after trimming', () => {
    expect(errorsOf({ ...valid, body: 'y'.repeat(LIMITS.body.max + 1) }).body!.key).toBe('tooLong');
    expect(errorsOf({ ...valid, body: `   ${'y'.repeat(LIMITS.body.min - 1)}   ` }).body!.key).toBe('tooShort');
  });

  it('treats a title of spaces and control characters as empty', () => {
    expect(errorsOf({ ...valid, title: ' \u0000\u0007 \t ' }).title!.key).toBe('required');
  });

  it('keeps line breaks in the text but drops other control characters', () => {
    const result = recommendationSchema.parse({ ...valid, body: `${valid.body}\n\nSecond\u0000 paragraph.` });
    expect(result.body).toBe(`${valid.body}\n\nSecond paragraph.`);
  });

  it('refuses values outside the fixed lists', () => {
    const errors = errorsOf({ ...valid, sector: 'government', consent: 'public', country: 'ca', language: 'fr' });
    expect(Object.keys(errors).sort()).toEqual(['consent', 'country', 'language', 'sector']);
  });

  it('accepts at most five distinct topics of 40 characters', () => {
    expect(errorsOf({ ...valid, topics: 'a, b, c, d, e, f' }).topics!.key).toBe('tooManyTopics');
    expect(errorsOf({ ...valid, topics: 'x'.repeat(41) }).topics!.key).toBe('tooLong');
    expect(splitTopics('Border, border;  open data\nBORDER, ')).toEqual(['Border', 'open data']);
  });

  it('refuses a form whose hidden honeypot field was filled in', () => {
    expect(errorsOf({ ...valid, website: 'http://spam.example' }).website!.key).toBe('honeypot');
  });
});
