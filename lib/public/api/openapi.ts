/**
 * The OpenAPI 3.1 description of the open data, served at /api/v1/openapi.json. Every list of allowed
 * values comes from the constant the code checks against, so the document cannot drift from them; the
 * shapes mirror resources.ts (a test compares the keys of real responses with these schemas).
 */
import {
  CALL_STATES,
  COUNTRIES,
  FIGURE_QUALIFIERS,
  GOVERNMENTS,
  HISTORY_KINDS,
  INITIATIVE_STATES,
  LOCALES,
  MEETING_KINDS,
  NOT_ADOPTED_REASONS,
  POSITIONS,
  PROGRESS_KINDS,
  PUBLIC_TEXT_KINDS,
  RECOMMENDATION_STATUSES,
  SECTORS,
} from '@/db/vocabulary';
import { recommendationRounds } from '@/db/schema/recommendations';
import { publicBaseUrl } from '@/lib/config';
import { SLUG_REFERENCE_PATTERN } from '@/lib/validation/fields';
import { API_MAX_PER_PAGE } from '@/lib/public/query-params';
import { COSIGNED_VALUES, PUBLIC_STATUSES, QUERY_MAX_LENGTH, REGISTER_PAGE_SIZE, REGISTER_SORTS } from '@/lib/public/register-filters';
import { PUBLIC_DETAIL_KEYS } from '@/lib/public/recommendation';
import { CSV_COLUMNS } from './csv';
import { SNAPSHOT_JSON_KEYS } from '@/lib/snapshots/keys';
import { snakeCase } from './resources';
import { LIST_DEFAULT_PER_PAGE } from './list';
import { apiRateLimitPerMinute } from './rate-limit';

type Schema = Record<string, unknown>;

const ref = (name: string): Schema => ({ $ref: `#/components/schemas/${name}` });
const string: Schema = { type: 'string' };
const integer: Schema = { type: 'integer' };
const dateTime: Schema = { type: 'string', format: 'date-time' };
const date: Schema = { type: 'string', format: 'date' };
const uri: Schema = { type: 'string', format: 'uri' };
const oneOf = (values: readonly string[]): Schema => ({ type: 'string', enum: [...values] });
const orNull = (schema: Schema): Schema => ({ anyOf: [schema, { type: 'null' }] });
const list = (items: Schema): Schema => ({ type: 'array', items });
const object = (properties: Record<string, Schema>, optional: string[] = []): Schema => ({
  type: 'object',
  required: Object.keys(properties).filter((key) => !optional.includes(key)),
  properties,
});
const extend = (base: string, properties: Record<string, Schema>): Schema => ({ allOf: [ref(base), object(properties)] });
const slugPattern = SLUG_REFERENCE_PATTERN.source;

const schemas: Record<string, Schema> = {
  Bilingual: object({ en: string, es: string }),
  BilingualOptional: object({ en: orNull(string), es: orNull(string) }),
  PageUrls: { ...object({ en: uri, es: uri }), description: 'The public page in English and in Spanish.' },
  PillarRef: object({ slug: string, number: integer, title: ref('Bilingual') }),
  Pillar: extend('PillarRef', {
    purpose: ref('Bilingual'),
    initiative_count: integer,
    recommendations_by_status: { type: 'object', properties: Object.fromEntries(PUBLIC_STATUSES.map((s) => [s, integer])) },
    url: ref('PageUrls'),
  }),
  Lead: object({ slug: string, government: oneOf(GOVERNMENTS), acronym: string, name: ref('Bilingual') }),
  PairedTranslation: {
    ...orNull(
      object({
        original: { ...oneOf(LOCALES), description: 'The language the text was written in first.' },
        language: { ...oneOf(LOCALES), description: 'The language of its translation.' },
        state: { ...oneOf(['checked', 'unchecked']), description: 'checked: a person checked the translation against the original.' },
        checked_at: orNull(dateTime),
      }),
    ),
    description:
      'For a text given in both languages: which one is the translation and whether a person checked it. Null when the text exists in one language only. The original is the checker’s word; before any check, English for the record (its sources are English documents) and the recommendation’s language for what coordinators wrote about it.',
  },
  Initiative: object({
    slug: string,
    pillar: ref('PillarRef'),
    title: ref('Bilingual'),
    description: ref('Bilingual'),
    description_translation: ref('PairedTranslation'),
    state: oneOf(INITIATIVE_STATES),
    leads: object({ us: list(ref('Lead')), mx: list(ref('Lead')) }),
    progress_update_count: integer,
    recommendation_count: integer,
    updated_at: dateTime,
    url: ref('PageUrls'),
  }),
  InitiativeDetail: extend('Initiative', {
    progress: list(ref('ProgressUpdate')),
    sources: list(ref('Source')),
    recommendations: list({
      allOf: [
        ref('Recommendation'),
        object({ link_explanation: ref('BilingualOptional'), link_explanation_translation: ref('PairedTranslation') }),
      ],
    }),
  }),
  InitiativeRef: object({ slug: string, title: ref('Bilingual'), url: ref('PageUrls') }),
  MeetingRef: object({ slug: string, date, title: ref('Bilingual'), url: ref('PageUrls') }),
  Meeting: object({
    slug: string,
    date,
    kind: oneOf(MEETING_KINDS),
    title: ref('Bilingual'),
    place: ref('BilingualOptional'),
    summary: ref('Bilingual'),
    leads: { ...object({ us: list(string), mx: list(string) }), description: "Each delegation's leads: name, then title, in English." },
    leads_es: {
      ...object({ us: list(string), mx: list(string) }),
      description: 'The same leads with their titles in Spanish, line for line; empty lists until translated.',
    },
    url: ref('PageUrls'),
  }),
  MeetingDetail: extend('Meeting', {
    previous: orNull(ref('MeetingRef')),
    sources: list(ref('Source')),
    progress: list(ref('ProgressUpdate')),
    recommendations: {
      ...list(ref('Recommendation')),
      description: 'The recommendations this meeting reported or recorded as implemented.',
    },
  }),
  Call: object({
    slug: string,
    title: ref('Bilingual'),
    introduction: ref('Bilingual'),
    state: { ...oneOf(CALL_STATES.filter((state) => state !== 'draft')), description: 'closed once its closing moment has passed.' },
    opens_at: dateTime,
    closes_at: { ...dateTime, description: 'The deadline, in UTC; the pages show it in Mexico City and Washington time.' },
    meeting: ref('MeetingRef'),
    pillars: list(ref('PillarRef')),
    is_sample: { type: 'boolean' },
    url: ref('PageUrls'),
  }),
  CallDetail: extend('Call', {
    questions: list(object({ pillar: orNull(ref('PillarRef')), text: ref('Bilingual') })),
    answers: {
      ...object({ total: integer, by_sector: { type: 'object' }, by_country: { type: 'object' }, by_status: { type: 'object' } }),
      description: 'Answers raised in or reaffirmed into the call, counted only when their consent lets the public see them.',
    },
    recommendations: list(object({ ref: string, status: oneOf(PUBLIC_STATUSES), url: ref('PageUrls') })),
    source: orNull(ref('Source')),
  }),
  Source: object({ slug: string, title: ref('Bilingual'), publisher: string, date, url: orNull(uri), secondary: { type: 'boolean' } }),
  ProgressUpdate: object(
    {
      date,
      kind: oneOf(PROGRESS_KINDS),
      text: ref('Bilingual'),
      text_translation: ref('PairedTranslation'),
      figure: orNull(
        object({
          value: { type: 'number' },
          qualifier: { ...orNull(oneOf(FIGURE_QUALIFIERS)), description: 'Read before the number: "more than" 160, "nearly" 2,000.' },
          unit: ref('BilingualOptional'),
        }),
      ),
      initiative: { ...ref('InitiativeRef'), description: 'Present in a meeting, where updates of several initiatives are listed.' },
      meeting: orNull(ref('MeetingRef')),
      source: orNull(ref('Source')),
    },
    ['initiative'],
  ),
  Recommendation: object({
    ref: { ...string, examples: ['HLED-2026-0042'] },
    status: oneOf(PUBLIC_STATUSES),
    pillar: ref('PillarRef'),
    language: { ...oneOf(LOCALES), description: 'The language of the original, authoritative text.' },
    text_kind: {
      ...oneOf(PUBLIC_TEXT_KINDS),
      description:
        "full: title and body are the submitter's; summary: the submitter asked for a coordinators' summary only (in `summary`); withheld: withdrawn with the text taken down.",
    },
    title: orNull(string),
    body: orNull(string),
    translation: orNull(
      object({
        language: oneOf(LOCALES),
        title: string,
        body: orNull(string),
        human_checked: { type: 'boolean' },
        state: oneOf(['checked', 'machine', 'unchecked']),
        checked_at: orNull(dateTime),
      }),
    ),
    summary: orNull(ref('BilingualOptional')),
    topics: {
      ...orNull(list(string)),
      description: "The submitter's topics; null, like title and body, for a summary-only or withheld text.",
    },
    sector: oneOf(SECTORS),
    country: oneOf(COUNTRIES),
    organization: { ...orNull(string), description: 'Only when the submitter agreed to publish their name and organization.' },
    submitter_name: { ...orNull(string), description: 'Only when the submitter agreed to publish their name and organization.' },
    is_sample: { type: 'boolean', description: 'A demonstration item, not a real submission.' },
    submitted_at: dateTime,
    updated_at: dateTime,
    url: ref('PageUrls'),
  }),
  RecommendationDetail: extend('Recommendation', {
    summary_translation: ref('PairedTranslation'),
    not_adopted_reason: orNull(oneOf(NOT_ADOPTED_REASONS)),
    covered_by: orNull(ref('InitiativeRef')),
    merged_into: { ...orNull(string), description: 'The ref of the recommendation this one duplicates.' },
    duplicates: list(string),
    implemented_meeting: orNull(ref('MeetingRef')),
    source: orNull(ref('Source')),
    rounds: list(object({ role: oneOf(recommendationRounds.role.enumValues), meeting: ref('MeetingRef') })),
    positions: list(
      object({ government: oneOf(GOVERNMENTS), position: oneOf(POSITIONS), note: ref('BilingualOptional'), updated_at: dateTime }),
    ),
    links: list(
      object({
        initiative: ref('InitiativeRef'),
        explanation: ref('BilingualOptional'),
        explanation_translation: ref('PairedTranslation'),
        progress: list(ref('ProgressUpdate')),
      }),
    ),
    timeline: list(
      object({
        kind: oneOf(HISTORY_KINDS),
        from_status: orNull(oneOf(RECOMMENDATION_STATUSES)),
        to_status: orNull(oneOf(RECOMMENDATION_STATUSES)),
        response: {
          ...ref('BilingualOptional'),
          description:
            'The public response in each language as the coordinators wrote it; null in a language it was not written in (never filled from the other language or from an earlier event). A reader of that language should be shown the other text, marked as not yet translated.',
        },
        response_languages: {
          ...list(oneOf(LOCALES)),
          description: 'The languages the response was written in; empty when there is no response.',
        },
        response_translation: ref('PairedTranslation'),
        details: {
          ...object(Object.fromEntries(PUBLIC_DETAIL_KEYS.map((key) => [snakeCase(key), string])), PUBLIC_DETAIL_KEYS.map(snakeCase)),
          description:
            'initiative: slug of a linked or unlinked initiative; into: ref of the original of a merge, only when that original is public; government and position: a recorded position; marked_by and confirmed_by: the governments (us, mx) that marked and confirmed a status under bilateral confirmation.',
        },
        at: dateTime,
      }),
    ),
  }),
  ListMeta: object({ total: integer, page: integer, per_page: integer, pages: integer }),
  ListLinks: object({ self: uri, next: orNull(uri), prev: orNull(uri) }),
  Facets: {
    ...object(
      Object.fromEntries(
        ['pillar', 'status', 'sector', 'country', 'meeting'].map((f) => [f, { type: 'object', additionalProperties: integer }]),
      ),
    ),
    description: 'For each filter, how many items each of its values would give with the other filters kept.',
  },
  Problem: object({ parameter: string, message: string }),
  Error: object({ error: object({ status: integer, message: string, problems: list(ref('Problem')) }, ['problems']) }),
};

const envelope = (item: string, meta = 'ListMeta'): Schema => object({ data: list(ref(item)), meta: ref(meta), links: ref('ListLinks') });
const single = (item: string): Schema => object({ data: ref(item) });

const errorResponse = (description: string, headers?: Record<string, Schema>) => ({
  description,
  ...(headers ? { headers } : {}),
  content: { 'application/json': { schema: ref('Error') } },
});

const header = (description: string, schema: Schema = integer) => ({ description, schema });
const rateHeaders = {
  'RateLimit-Limit': header('Requests allowed a minute from this address.'),
  'RateLimit-Remaining': header('Requests left now.'),
  'RateLimit-Reset': header('Seconds until the allowance is full again.'),
};

const responses = {
  NotModified: { description: 'The If-None-Match ETag still matches: the body you have is current.' },
  BadRequest: errorResponse('A parameter is unknown or not valid, or a pillar or meeting filter names nothing; `problems` names each one.'),
  NotFound: errorResponse(
    'Nothing public has this slug or ref. Any other address under /api that this document does not list answers 404 the same way.',
  ),
  MethodNotAllowed: errorResponse('The API is read-only: only GET, HEAD and OPTIONS are answered.', {
    Allow: header('The methods this address answers: GET, HEAD, OPTIONS.', string),
  }),
  TooManyRequests: errorResponse('Over the rate limit.', { 'Retry-After': header('Seconds to wait.'), ...rateHeaders }),
  ServerError: errorResponse('Something failed on the server; no detail is given.'),
};

const param = (name: string, schema: Schema, description: string, where: 'query' | 'path' = 'query') => ({
  name,
  in: where,
  required: where === 'path',
  description,
  schema,
});
const paging = (defaultPerPage: number) => [
  param('page', { ...integer, minimum: 1, default: 1 }, 'Page number; a page past the last gives the last page.'),
  param('per_page', { ...integer, minimum: 1, maximum: API_MAX_PER_PAGE, default: defaultPerPage }, 'Items per page.'),
];
const pathParam = (name: 'slug' | 'ref') =>
  param(name, name === 'slug' ? { ...string, pattern: slugPattern } : { ...string, examples: ['HLED-2026-0042'] }, `Its ${name}.`, 'path');

const registerFilters = [
  param('q', { ...string, maxLength: QUERY_MAX_LENGTH }, 'Full-text search in both languages, accents and case ignored.'),
  param('pillar', { ...string, pattern: slugPattern }, 'A pillar slug (see /api/v1/pillars).'),
  param('status', oneOf(PUBLIC_STATUSES), 'Current status.'),
  param('sector', oneOf(SECTORS), "The submitter's sector."),
  param('country', oneOf(COUNTRIES), "The submitter's country."),
  param(
    'meeting',
    { ...string, pattern: slugPattern },
    'A meeting slug: items submitted in its period (after the previous meeting) or reported or implemented at it.',
  ),
  param(
    'cosigned',
    oneOf(COSIGNED_VALUES),
    'both: among the submitter and the co-signers who signed and agreed to be listed, organizations from both the US and Mexico.',
  ),
  param('sort', oneOf(REGISTER_SORTS), 'Order; relevance (the default with q) or newest (the default without).'),
];

type Options = { notFound?: boolean; etag?: boolean; badRequest?: boolean };

/** Every address refuses the methods that would change something with 405 and an Allow header. */
const READ_ONLY_REFUSALS = Object.fromEntries(
  (['post', 'put', 'patch', 'delete'] as const).map((method) => [
    method,
    {
      summary: `${method.toUpperCase()} is not allowed: the API is read-only.`,
      responses: { 405: { $ref: '#/components/responses/MethodNotAllowed' } },
    },
  ]),
);

type Parameter = ReturnType<typeof param>;

function get(summary: string, parameters: Parameter[], ok: Record<string, unknown>, options: Options = {}) {
  // A path parameter belongs to the address, so the refusals of other methods declare it too.
  const inPath = parameters.filter((p) => p.in === 'path');
  return {
    ...(inPath.length ? { parameters: inPath } : {}),
    ...READ_ONLY_REFUSALS,
    get: {
      summary,
      parameters: parameters.filter((p) => p.in !== 'path'),
      responses: {
        200: {
          description: 'OK',
          headers: { ...(options.etag === false ? {} : { ETag: header('A validator for If-None-Match.', string) }), ...rateHeaders },
          content: ok,
        },
        ...(options.etag === false ? {} : { 304: { $ref: '#/components/responses/NotModified' } }),
        ...(options.badRequest === false ? {} : { 400: { $ref: '#/components/responses/BadRequest' } }),
        ...(options.notFound ? { 404: { $ref: '#/components/responses/NotFound' } } : {}),
        429: { $ref: '#/components/responses/TooManyRequests' },
        500: { $ref: '#/components/responses/ServerError' },
      },
    },
  };
}
const detail: Options = { notFound: true, badRequest: false };
const json = (schema: Schema) => ({ 'application/json': { schema } });

export function openApiDocument() {
  return {
    openapi: '3.1.0',
    info: {
      title: 'HLED Stakeholder Tracker open data',
      version: '1.0.0',
      description: [
        'Read-only data of the U.S.-Mexico High-Level Economic Dialogue: pillars, initiatives, meetings and the public register of stakeholder recommendations, every text in English and Spanish.',
        'Only what the public pages show is here: no contact details, hidden items or internal notes; a confidential recommendation does not exist for this API.',
        `Any origin may call it (CORS). Responses may be cached for 60 seconds and carry an ETag. Each address may make ${apiRateLimitPerMinute()} requests a minute; over that, 429 with Retry-After. Methods other than GET, HEAD and OPTIONS get 405 with an Allow header. An address under /api that is not listed here gets 404. Every error has the same JSON shape (Error).`,
      ].join('\n\n'),
    },
    servers: [{ url: publicBaseUrl() }],
    paths: {
      '/api/v1/pillars': get(
        'The four pillars, with counts of initiatives and public recommendations by status.',
        paging(LIST_DEFAULT_PER_PAGE),
        json(envelope('Pillar')),
      ),
      '/api/v1/initiatives': get(
        'Initiatives (workstreams), with their lead agencies.',
        [
          param('pillar', { ...string, pattern: slugPattern }, 'A pillar slug.'),
          param('state', oneOf(INITIATIVE_STATES), 'Its state.'),
          ...paging(LIST_DEFAULT_PER_PAGE),
        ],
        json(envelope('Initiative')),
      ),
      '/api/v1/initiatives/{slug}': get(
        'One initiative, its progress updates, sources and the recommendations that informed it.',
        [pathParam('slug')],
        json(single('InitiativeDetail')),
        detail,
      ),
      '/api/v1/meetings': get('Meetings of the dialogue, newest first.', paging(LIST_DEFAULT_PER_PAGE), json(envelope('Meeting'))),
      '/api/v1/meetings/{slug}': get(
        'One meeting as its fact sheet: the progress it reported and the recommendations it reported.',
        [pathParam('slug')],
        json(single('MeetingDetail')),
        detail,
      ),
      '/api/v1/calls': get(
        'Calls for input, latest deadline first (drafts are not public).',
        paging(LIST_DEFAULT_PER_PAGE),
        json(envelope('Call')),
      ),
      '/api/v1/calls/{slug}': get(
        'One call for input: what it asked, how many answered by sector and country, and what became of the answers.',
        [pathParam('slug')],
        json(single('CallDetail')),
        detail,
      ),
      '/api/v1/recommendations': get(
        'The public register of recommendations: filters, search, order and pages as on the register page, with facet counts in meta.facets.',
        [...registerFilters, ...paging(REGISTER_PAGE_SIZE)],
        json(
          object({
            data: list(ref('Recommendation')),
            meta: { allOf: [ref('ListMeta'), object({ facets: ref('Facets') })] },
            links: ref('ListLinks'),
          }),
        ),
      ),
      '/api/v1/recommendations/{ref}': get(
        'One public recommendation with its timeline, links, progress, positions and rounds.',
        [pathParam('ref')],
        json(single('RecommendationDetail')),
        detail,
      ),
      '/api/v1/recommendations.csv': get(
        `Every recommendation under the filters as one CSV file (UTF-8 with a byte-order mark, RFC 4180; a cell starting with = + - @ tab or CR is prefixed with ' so spreadsheets do not run it). Columns: ${CSV_COLUMNS.map((c) => c.name).join(', ')}.`,
        registerFilters,
        { 'text/csv': { schema: string } },
        { etag: false },
      ),
      // Meeting snapshots (lib/snapshots): frozen once when a meeting's fact sheet is published.
      '/api/v1/snapshots': get(
        'Every meeting snapshot, newest meeting first: the meeting, when it was frozen, and the address and SHA-256 of its JSON and CSV files.',
        [],
        json(
          object({
            data: list(object({ meeting: { type: 'object' }, taken_at: string, json: { type: 'object' }, csv: { type: 'object' } })),
          }),
        ),
        { badRequest: false },
      ),
      '/api/v1/snapshots/{file}': get(
        `One snapshot file, {meeting-slug}.json or {meeting-slug}.csv, byte for byte as frozen; its SHA-256 is in the X-Content-SHA256 header and in the list. The JSON holds ${SNAPSHOT_JSON_KEYS.join(', ')}; the CSV has the columns of /api/v1/recommendations.csv.`,
        [param('file', { ...string, pattern: '^[a-z0-9-]+\\.(json|csv)$' }, 'The file: the meeting slug, then .json or .csv.', 'path')],
        { 'application/json': { schema: { type: 'object' } }, 'text/csv': { schema: string } },
        { ...detail, etag: false },
      ),
      '/api/v1/openapi.json': get('This document.', [], json({ type: 'object' }), { badRequest: false }),
      '/feed.xml': get(
        'An Atom feed of the latest public status changes.',
        [param('locale', oneOf(LOCALES), 'Language of the entries; English by default.')],
        { 'application/atom+xml': { schema: string } },
      ),
    },
    components: { schemas, responses },
  };
}
