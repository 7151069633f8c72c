/**
 * Hostile input (ASVS 5.1.3, 5.1.4, 5.3.4; docs/security.md, "Input and output"): property tests with
 * fast-check over every schema the forms and server actions parse, the search query builder and the
 * searches that run it against the real FTS5 tables, and the submission use case.
 *
 * Properties: a schema answers success or issues and never throws, whatever the value; what it accepts
 * is what was typed after its documented normalization; a submission stores accepted text exactly and
 * every search over it answers without an error. Each test's name says how many cases it ran.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { eq } from 'drizzle-orm';
import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { recommendations } from '@/db/schema';
import { seedDemoData } from '@/lib/accounts/demo-seed';
import * as accountSchemas from '@/lib/accounts/schemas';
import * as deleteAccountSchemas from '@/lib/accounts/delete-account-schema';
import * as adminSchemas from '@/lib/admin/schemas';
import * as attachmentSchemas from '@/lib/attachments/schemas';
import * as cosigningSchemas from '@/lib/cosigning/schemas';
import * as redactionSchemas from '@/lib/redaction/schemas';
import type { CurrentUser } from '@/lib/auth/current-user';
import { searchRegister } from '@/lib/public/register';
import { parseRegisterFiltersLenient, parseRegisterFiltersStrict, QUERY_MAX_LENGTH } from '@/lib/public/register-filters';
import * as recommendationSchemas from '@/lib/recommendations/schema';
import { submitRecommendation } from '@/lib/recommendations/submit-recommendation';
import * as notificationSchemas from '@/lib/notifications/schemas';
import * as recordSchemas from '@/lib/record/initiative-schemas';
import * as callSchemas from '@/lib/calls/schema';
import * as progressNewsSchemas from '@/lib/notifications/progress-news-schema';
import * as translationSchemas from '@/lib/translations/schemas';
import * as translationCheckSchemas from '@/lib/translations/check-schemas';
import { listQueue } from '@/lib/triage/queue';
import * as queueFilters from '@/lib/triage/queue-filters';
import * as triageSchemas from '@/lib/triage/schemas';
import { ftsQuery, MAX_PREFIX_TERMS, MAX_TERMS, MIN_PREFIX_LENGTH } from '@/lib/search/fts-query';
import { findSimilar } from '@/lib/triage/similar';
import { useTemporaryGlobalDatabase } from '@/test/global-database';
import { insertAdmin, insertUser } from '@/test/users';
import { serverActionFiles } from './find-server-actions';

/** The modules whose zod schemas the forms and actions use; a test below checks none is missing. */
const SCHEMA_MODULES = {
  'lib/accounts/schemas': accountSchemas,
  'lib/recommendations/schema': recommendationSchemas,
  'lib/triage/schemas': triageSchemas,
  'lib/admin/schemas': adminSchemas,
  'lib/record/initiative-schemas': recordSchemas,
  'lib/calls/schema': callSchemas,
  'lib/triage/queue-filters': queueFilters,
  'lib/notifications/schemas': notificationSchemas,
  'lib/accounts/delete-account-schema': deleteAccountSchemas,
  'lib/attachments/schemas': attachmentSchemas,
  'lib/cosigning/schemas': cosigningSchemas,
  'lib/redaction/schemas': redactionSchemas,
  'lib/notifications/progress-news-schema': progressNewsSchemas,
  'lib/translations/schemas': translationSchemas,
  'lib/translations/check-schemas': translationCheckSchemas,
} as const;

const SCHEMAS = Object.entries(SCHEMA_MODULES).flatMap(([module, exports]) =>
  Object.entries(exports)
    .filter((entry): entry is [string, z.ZodType] => entry[1] instanceof z.ZodType)
    .map(([name, schema]) => ({ name: `${module.split('/').pop()}.${name}`, schema })),
);

// Case counts, shown in the tests' names.
const RUNS = { schema: 120, roundTrip: 150, filters: 300, fts: 600, submission: 120 } as const;

// ---------------------------------------------------------------------------------------------------
// Hostile text: FTS5 and SQL syntax, markup, formulas, bidi overrides, combining marks, zero-width and
// control characters, lone surrogates, astral characters, and sometimes ten thousand of one character.
const SPECIALS = [
  '"',
  "'",
  '*',
  '^',
  ':',
  '(',
  ')',
  '((',
  'NEAR(',
  'NEAR/2',
  'AND',
  'OR',
  'NOT',
  'AND OR NOT',
  '-',
  '+',
  '{',
  '}',
  '\\',
  ';',
  '--',
  '/*',
  '%',
  '_',
  "' OR 1=1 --",
  '"; DROP TABLE recommendations; --',
  '<script>alert(1)</script>',
  '<img src=x onerror=alert(1)>',
  'javascript:alert(1)',
  '=HYPERLINK("http://x")',
  '@SUM(1)',
  '\u202E',
  '\u202D',
  '\u200F',
  '\u200B',
  '\uFEFF',
  '\u00A0',
  '\u2028',
  '\u0301',
  'e\u0301',
  '\u0308\u0308\u0308',
  '\u0000',
  '\u0007',
  '\u001B[31m',
  '\u007F',
  '\r\n',
  '\n',
  '\t',
  '\uD800',
  '\uDFFF',
  '\uDBFF\uDFFF',
  '😀',
  '👩🏽‍🚀',
  'ﬁ',
  'İ',
  'ß',
  'ñ',
  'é',
  'مرحبا',
  'שלום',
  '中文',
  ' ',
  'HLED-2026-0001',
];
const fragment = fc.oneof(
  { weight: 4, arbitrary: fc.constantFrom(...SPECIALS) },
  { weight: 3, arbitrary: fc.stringMatching(/^[a-zA-Z0-9]{1,10}$/) },
  { weight: 2, arbitrary: fc.string({ unit: 'binary', maxLength: 6 }) },
  { weight: 1, arbitrary: fc.integer({ min: 0xd800, max: 0xdfff }).map((code) => String.fromCharCode(code)) },
  { weight: 1, arbitrary: fc.integer({ min: 0, max: 0x1f }).map((code) => String.fromCharCode(code)) },
);
const hostileText = fc.array(fragment, { maxLength: 30 }).map((parts) => parts.join(''));
const longText = fc
  .tuple(hostileText, fc.integer({ min: 9_000, max: 11_000 }), fc.constantFrom('a', ' ', '"', '\u0301', 'é', '(', '\uD800'))
  .map(([prefix, n, c]) => prefix + c.repeat(n));
const anyText = fc.oneof({ weight: 12, arbitrary: hostileText }, { weight: 1, arbitrary: longText });

/** Any value a server action could receive: React's wire format carries these. */
const anyValue = fc.oneof(
  { weight: 4, arbitrary: anyText },
  {
    weight: 2,
    arbitrary: fc.anything({
      withBigInt: true,
      withDate: true,
      withMap: true,
      withSet: true,
      withTypedArray: true,
      withNullPrototype: true,
      withSparseArray: true,
      maxDepth: 2,
    }),
  },
  {
    weight: 1,
    arbitrary: fc.constantFrom(
      null,
      undefined,
      true,
      false,
      0,
      -0,
      Number.NaN,
      Number.POSITIVE_INFINITY,
      -1,
      2 ** 53,
      Symbol.for('x'),
      [],
      {},
      '1e999',
      '0x1F',
      ' 12 ',
    ),
  },
);

/** An input for a schema: its own fields with hostile values (any may be missing), plus unknown ones. */
function hostileInputFor(schema: z.ZodType) {
  const shape = (schema as unknown as { shape?: Record<string, unknown> }).shape;
  if (!shape) return anyValue;
  const fields = fc.record(Object.fromEntries(Object.keys(shape).map((key) => [key, anyValue])), { requiredKeys: [] });
  return fc.oneof(
    {
      weight: 6,
      arbitrary: fc
        .tuple(fields, fc.dictionary(fc.constantFrom('role', 'status', '__proto__', 'constructor', 'submitterId', 'isAdmin'), anyValue))
        .map(([a, b]) => ({ ...b, ...a })),
    },
    { weight: 1, arbitrary: anyValue },
  );
}

// ---------------------------------------------------------------------------------------------------
// The documented normalizations, written out here as the specification of what is stored.
/** lib/validation/fields.ts: "trimmed, control characters other than line breaks and tabs removed, lone surrogates made U+FFFD". */
const cleanText = (typed: string) =>
  typed
    .toWellFormed()
    .replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/g, '')
    .trim();
const cleanTextOrNull = (typed: string) => cleanText(typed) || null;

const REF = 'HLED-2026-0001';
const recommendationForm = {
  title: 'Shared inspection lanes for perishable goods',
  body: 'Open joint inspection lanes at the busiest crossings so that perishable goods are cleared once.',
  pillar: 'building-back-together',
  topics: 'border, agriculture',
  sector: 'civil_society',
  organization: '',
  organizationIdentifier: '',
  fundingDeclaration: 'none',
  country: 'mx',
  language: 'en',
  consent: 'name_and_organization',
};
const profile = { name: 'Ana Ruiz', organization: '', sector: 'ngo', country: 'mx', preferredLocale: 'es' };
const meeting = {
  slug: 'a-meeting',
  date: '2026-04-20',
  kind: 'ministerial',
  titleEn: 'Meeting',
  titleEs: 'Reunión',
  summaryEn: 'Summary.',
  summaryEs: 'Resumen.',
};
const initiative = {
  slug: 'port-pilots',
  pillar: 'building-back-together',
  titleEn: 'Pilots',
  titleEs: 'Pilotos',
  descriptionEn: 'Pilots.',
  descriptionEs: 'Pilotos.',
  state: 'planned',
  leads: [],
};
const progress = {
  initiative: 'supply-chains',
  date: '2026-01-15',
  kind: 'accomplishment',
  textEn: 'Done.',
  textEs: 'Hecho.',
  sourceTitle: 'Joint statement',
};

type RoundTrip = { schema: z.ZodType; base: Record<string, unknown>; field: string; normalize: (typed: string) => unknown };
const ROUND_TRIPS: Record<string, RoundTrip> = {
  'recommendation title': {
    schema: recommendationSchemas.recommendationSchema,
    base: recommendationForm,
    field: 'title',
    normalize: cleanText,
  },
  'recommendation text': {
    schema: recommendationSchemas.recommendationSchema,
    base: recommendationForm,
    field: 'body',
    normalize: cleanText,
  },
  'recommendation organization': {
    schema: recommendationSchemas.recommendationSchema,
    base: recommendationForm,
    field: 'organization',
    normalize: cleanText,
  },
  'organization identifier': {
    schema: recommendationSchemas.recommendationSchema,
    base: recommendationForm,
    field: 'organizationIdentifier',
    normalize: cleanText,
  },
  'withdrawal reason': {
    schema: recommendationSchemas.withdrawRecommendationSchema,
    base: { ref: REF, version: 1 },
    field: 'reason',
    normalize: cleanText,
  },
  'sign-up name': {
    schema: accountSchemas.signUpSchema,
    base: { ...profile, email: 'ana@example.org', password: 'Tq9-vW2-mZ7-kL4p', privacyConsent: true },
    field: 'name',
    normalize: cleanText,
  },
  'sign-up e-mail': {
    schema: accountSchemas.signUpSchema,
    base: { ...profile, email: 'ana@example.org', password: 'Tq9-vW2-mZ7-kL4p', privacyConsent: true },
    field: 'email',
    normalize: (t) => t.trim().toLowerCase(),
  },
  'account organization': { schema: accountSchemas.accountDetailsSchema, base: profile, field: 'organization', normalize: cleanTextOrNull },
  'internal note': { schema: triageSchemas.noteSchema, base: { ref: REF }, field: 'body', normalize: cleanText },
  'hiding reason': { schema: triageSchemas.hideSchema, base: { ref: REF, version: 1 }, field: 'reason', normalize: cleanText },
  'public response': {
    schema: triageSchemas.statusChangeSchema,
    base: { ref: REF, version: 1, to: 'under_review' },
    field: 'responseEn',
    normalize: cleanText,
  },
  'link explanation': {
    schema: triageSchemas.linkSchema,
    base: { ref: REF, version: 1, initiative: 'supply-chains' },
    field: 'explanationEs',
    normalize: cleanText,
  },
  'merge target': {
    schema: triageSchemas.mergeSchema,
    base: { ref: REF, version: 1 },
    field: 'into',
    normalize: (t) => t.trim().toUpperCase(),
  },
  'meeting title': { schema: adminSchemas.meetingSchema, base: meeting, field: 'titleEs', normalize: cleanText },
  'meeting place': { schema: adminSchemas.meetingSchema, base: meeting, field: 'placeEn', normalize: cleanTextOrNull },
  'delegation leads': { schema: adminSchemas.meetingSchema, base: meeting, field: 'usLeads', normalize: adminSchemas.splitLines },
  'invitee name': {
    schema: adminSchemas.inviteCoordinatorSchema,
    base: { email: 'v@example.org', government: 'mx', scope: 'all', preferredLocale: 'es' },
    field: 'name',
    normalize: cleanText,
  },
  'initiative description': { schema: recordSchemas.initiativeSchema, base: initiative, field: 'descriptionEn', normalize: cleanText },
  'progress text': { schema: recordSchemas.progressSchema, base: progress, field: 'textEs', normalize: cleanText },
};

// ---------------------------------------------------------------------------------------------------
const database = useTemporaryGlobalDatabase();
let admin: CurrentUser;
beforeAll(async () => {
  await seedDemoData(database.db());
  admin = insertAdmin(database.db());
});

const property = (arbitrary: fc.Arbitrary<unknown>, check: (value: never) => void | Promise<void>, numRuns: number) =>
  fc.assert(fc.property(arbitrary, check as (value: unknown) => void), { numRuns });

function expectAnswer(result: z.ZodSafeParseResult<unknown>) {
  if (!result.success) expect(result.error.issues.length).toBeGreaterThan(0);
}

const totalCases =
  SCHEMAS.length * RUNS.schema + Object.keys(ROUND_TRIPS).length * RUNS.roundTrip + 3 * RUNS.filters + 3 * RUNS.fts + RUNS.submission;

// Generous: the cases take a few seconds on an idle machine, several times that beside a build.
const SLOW = { timeout: 60_000 };

describe(`hostile input (${totalCases} generated cases in all)`, SLOW, () => {
  it('covers every schema module a server action imports', () => {
    const root = path.resolve(import.meta.dirname, '..', '..');
    const imported = serverActionFiles().flatMap((file) =>
      [...readFileSync(path.join(root, file), 'utf8').matchAll(/from '((?:\.\/|@\/)[^']*schema[^']*)'/g)].map((match) =>
        match[1]!.startsWith('@/') ? match[1]!.slice(2) : path.posix.join(path.posix.dirname(file), match[1]!),
      ),
    );
    expect(imported.length).toBeGreaterThan(0);
    expect([...new Set(imported)].filter((module) => !(module in SCHEMA_MODULES))).toEqual([]);
    expect(SCHEMAS.length).toBeGreaterThanOrEqual(25);
  });

  describe(`every schema answers, never throws (${SCHEMAS.length} schemas × ${RUNS.schema} cases)`, () => {
    for (const { name, schema } of SCHEMAS) {
      it(`${name} (${RUNS.schema} cases)`, () => {
        property(hostileInputFor(schema), (input: unknown) => expectAnswer(schema.safeParse(input)), RUNS.schema);
      });
    }
  });

  describe(`what a schema accepts is what was typed, normalized as documented (${Object.keys(ROUND_TRIPS).length} fields × ${RUNS.roundTrip} cases)`, () => {
    for (const [label, { schema, base, field, normalize }] of Object.entries(ROUND_TRIPS)) {
      it(`${label} (${RUNS.roundTrip} cases)`, () => {
        property(
          anyText,
          (typed: string) => {
            const result = schema.safeParse({ ...base, [field]: typed });
            expectAnswer(result);
            if (result.success) expect((result.data as Record<string, unknown>)[field]).toEqual(normalize(typed));
          },
          RUNS.roundTrip,
        );
      });
    }
  });

  describe('the address-bar filters', () => {
    const params = fc.dictionary(
      fc.constantFrom('q', 'pillar', 'status', 'sector', 'country', 'meeting', 'sort', 'page', 'per_page', 'from', 'to', 'assigned', 'x'),
      anyText,
    );

    it(`of the register: lenient never throws and keeps a typed query trimmed; strict names every bad parameter (${RUNS.filters} cases)`, () => {
      property(
        params,
        (values: Record<string, string>) => {
          const search = new URLSearchParams(values);
          const lenient = parseRegisterFiltersLenient(search);
          // What the page receives: a URL carries well-formed text, so a lone surrogate arrives as U+FFFD.
          const q = (search.get('q') ?? '').trim();
          expect(lenient.q).toBe(q && q.length <= QUERY_MAX_LENGTH ? q : undefined);
          const strict = parseRegisterFiltersStrict(search);
          if (!strict.ok) expect(strict.problems.every((p) => typeof p.parameter === 'string' && p.message.length > 0)).toBe(true);
        },
        RUNS.filters,
      );
    });

    it(`of the register, run as a search with facets and highlights: never an error (${RUNS.filters} cases)`, () => {
      property(
        fc.tuple(params, fc.constantFrom('relevance', 'newest', 'ref')),
        ([values, sort]: [Record<string, string>, 'relevance' | 'newest' | 'ref']) => {
          const filters = parseRegisterFiltersLenient(new URLSearchParams(values));
          expect(() => searchRegister(filters)).not.toThrow();
          // The raw query too, past the page's length limit, as the API could be handed one.
          expect(() => searchRegister({ ...filters, q: values.q, sort }, { facets: false })).not.toThrow();
        },
        RUNS.filters,
      );
    });

    it(`of the coordinators' queue, run as a search: never an error (${RUNS.filters} cases)`, () => {
      property(params, (values: Record<string, string>) => void listQueue(admin, queueFilters.parseQueueFilters(values)), RUNS.filters);
    });
  });

  describe('the FTS5 query builder', () => {
    const FIXED = [
      '"',
      '*',
      'NEAR(',
      'NEAR(a b',
      'AND OR NOT',
      'a AND',
      'OR',
      '^',
      '^a',
      '((a',
      'a))',
      '(',
      ')',
      '"a" "b',
      'a:b',
      'title:x',
      '-a',
      '+',
      '{a b}:c',
      '\u202Eabc',
      'e\u0301',
      '\u0301\u0301',
      '\u0000a\u0001',
      'a'.repeat(10_000),
      '"'.repeat(10_000),
      '\uD800',
      'a\uDFFFb',
      '😀 ok',
      'ﬁle',
      "' OR 1=1 --",
      '',
    ];
    const match = (table: 'public_search' | 'recommendations_fts', query: string) =>
      database.db().$client.prepare(`select rowid from ${table} where ${table} match ? limit 5`).all(query);

    it(`turns what a person typed into quoted terms, at most ${MAX_TERMS}, at most ${MAX_PREFIX_TERMS} of them prefixes of two letters or more (${RUNS.fts} cases)`, () => {
      property(
        anyText,
        (typed: string) => {
          for (const mode of ['all', 'any'] as const) {
            const query = ftsQuery(typed, mode);
            if (query === null) continue;
            const terms = query.split(mode === 'all' ? ' AND ' : ' OR ');
            expect(terms.length).toBeLessThanOrEqual(MAX_TERMS);
            for (const term of terms) expect(term).toMatch(/^"(?:[^"]|"")+"\*?$/s);
            const prefixes = terms.filter((term) => term.endsWith('*'));
            expect(prefixes.length).toBeLessThanOrEqual(MAX_PREFIX_TERMS);
            for (const term of prefixes)
              expect([...term.slice(1, -2).normalize('NFD').replace(/\p{M}/gu, '')].length).toBeGreaterThanOrEqual(MIN_PREFIX_LENGTH);
          }
        },
        RUNS.fts,
      );
    });

    it(`runs against both FTS5 tables without an error, for fixed and generated input (${FIXED.length} + ${RUNS.fts} cases)`, () => {
      const run = (typed: string) => {
        for (const mode of ['all', 'any'] as const) {
          const query = ftsQuery(typed, mode);
          if (query === null) continue;
          expect(() => match('public_search', query), JSON.stringify(typed.slice(0, 40))).not.toThrow();
          expect(() => match('recommendations_fts', query)).not.toThrow();
        }
      };
      FIXED.forEach(run);
      property(anyText, run, RUNS.fts);
    });

    it(`searches the coordinators' queue and the register with the same input (${RUNS.fts} cases)`, () => {
      property(
        anyText,
        (typed: string) => {
          expect(() => listQueue(admin, queueFilters.parseQueueFilters({ q: typed }))).not.toThrow();
          expect(() => searchRegister({ q: typed, sort: 'relevance', page: 1, perPage: 5 }, { facets: false })).not.toThrow();
        },
        RUNS.fts,
      );
    });
  });

  /** Text a browser can send: well-formed UTF-16 (a lone surrogate is the known defect tested below). */
  const typedText = anyText.map((text) => text.toWellFormed());

  it(`stores an accepted submission exactly and finds it again, whatever its text (${RUNS.submission} cases)`, async () => {
    let accepted = 0;
    let n = 0;
    await fc.assert(
      fc.asyncProperty(typedText, typedText, typedText, async (title, body, organization) => {
        n += 1;
        const marker = `zqmark${n}x${Date.now().toString(36)}`;
        const typed = {
          title: `Proposal ${marker} ${title}`.slice(0, 200).toWellFormed(),
          body: `The proposal explained in full detail: ${body}`.slice(0, 8000).toWellFormed(),
          organization: organization.slice(0, 200).toWellFormed(),
        };
        const parsed = recommendationSchemas.recommendationSchema.safeParse({ ...recommendationForm, ...typed });
        if (!parsed.success) return;
        accepted += 1;
        const user = insertUser(database.db(), { emailVerifiedAt: new Date(), name: 'Hostile Input' });
        const result = await submitRecommendation(user, parsed.data);
        expect(result.ok).toBe(true);
        const row = database
          .db()
          .select()
          .from(recommendations)
          .where(eq(recommendations.ref, (result as { ref: string }).ref))
          .get()!;
        expect(row.title).toBe(cleanText(typed.title));
        expect(row.body).toBe(cleanText(typed.body));
        expect(row.organization).toBe(cleanText(typed.organization) || null);

        const found = searchRegister({ q: marker, sort: 'relevance', page: 1, perPage: 5 }, { facets: false });
        expect('items' in found && found.items.map((item) => item.ref)).toEqual([row.ref]);
        for (const q of [typed.title, row.title, typed.body.slice(0, 300)]) {
          expect(() => searchRegister({ q, sort: 'relevance', page: 1, perPage: 5 })).not.toThrow();
        }
        expect(() => findSimilar(admin, row)).not.toThrow();
      }),
      { numRuns: RUNS.submission },
    );
    expect(accepted).toBeGreaterThan(RUNS.submission / 2);
  });

  // better-sqlite3 would write a lone surrogate as the invalid UTF-8 bytes ED A0 80, read back as three
  // U+FFFD; the schema makes such text well-formed first, so what is stored reads back as accepted.
  it('stores text with a lone surrogate exactly as the schema accepted it', async () => {
    const title = 'Proposal with a broken character \uD800 in it';
    const parsed = recommendationSchemas.recommendationSchema.safeParse({ ...recommendationForm, title });
    if (!parsed.success) return;
    const user = insertUser(database.db(), { emailVerifiedAt: new Date() });
    const result = await submitRecommendation(user, parsed.data);
    const row = database
      .db()
      .select()
      .from(recommendations)
      .where(eq(recommendations.ref, (result as { ref: string }).ref))
      .get()!;
    expect(row.title).toBe(parsed.data.title);
  });
});
