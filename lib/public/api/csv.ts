/**
 * The register as CSV (RFC 4180), streamed: rows are written as the reader pulls them, so the whole
 * register is never one string in memory. The rows come from a read-only connection of its own, in one
 * read transaction: the file is a consistent snapshot, and the app's shared connection stays free for
 * every other request while a 100,000-row download runs (better-sqlite3 refuses other statements on a
 * connection whose cursor is open).
 */
import BetterSqlite3 from 'better-sqlite3';
import { getDb } from '@/db/client';
import type { ExportQuery, PublicItem } from '@/lib/public/register';
import { logEvent } from '@/lib/log';
import { publicBaseUrl } from '@/lib/config';
import { otherLanguageState } from '@/lib/translations/state';
import { pageUrls } from './urls';

/** `base` is the site's public address, read once per export. */
type Column = { name: string; value: (item: PublicItem, base: string) => string | number | boolean | null };

const iso = (date: Date) => date.toISOString();

/** English snake_case names; a text of the record in both languages gets a column per language. */
export const CSV_COLUMNS: Column[] = [
  { name: 'ref', value: (r) => r.ref },
  { name: 'status', value: (r) => r.status },
  { name: 'pillar_slug', value: (r) => r.pillar.slug },
  { name: 'pillar_number', value: (r) => r.pillar.number },
  { name: 'language', value: (r) => r.language },
  { name: 'text_kind', value: (r) => r.textKind },
  { name: 'title', value: (r) => r.title },
  { name: 'body', value: (r) => r.body },
  { name: 'translation_language', value: (r) => (r.translationTitle === null ? null : r.translationLocale) },
  { name: 'title_translation', value: (r) => r.translationTitle },
  { name: 'body_translation', value: (r) => r.translationBody },
  // checked (by a person) | machine (an unchecked machine draft) | unchecked | missing; empty without a full text.
  { name: 'translation_state', value: (r) => (r.textKind === 'full' ? otherLanguageState(r) : null) },
  {
    name: 'translation_checked_at',
    value: (r) => (r.translationCheckedAt && r.translationTitle !== null ? iso(r.translationCheckedAt) : null),
  },
  { name: 'summary_en', value: (r) => r.summaryEn },
  { name: 'summary_es', value: (r) => r.summaryEs },
  { name: 'topics', value: (r) => (r.topics ?? []).join('; ') },
  { name: 'sector', value: (r) => r.sector },
  { name: 'country', value: (r) => r.country },
  { name: 'organization', value: (r) => r.organization },
  { name: 'submitter_name', value: (r) => r.submitterName },
  { name: 'is_sample', value: (r) => r.isSample },
  { name: 'submitted_at', value: (r) => iso(r.submittedAt) },
  { name: 'updated_at', value: (r) => iso(r.updatedAt) },
  { name: 'url_en', value: (r, base) => pageUrls(`/recommendations/${r.ref}`, base).en },
  { name: 'url_es', value: (r, base) => pageUrls(`/recommendations/${r.ref}`, base).es },
];

/**
 * One cell. A text a spreadsheet would read as a formula gets a leading apostrophe (OWASP, "CSV
 * Injection"): submitted titles are anyone's text, and an export is opened by officials.
 */
export function csvCell(value: string | number | boolean | null): string {
  if (value === null) return '';
  let text = String(value);
  if (typeof value === 'string' && /^[=+\-@\t\r]/.test(text)) text = `'${text}`;
  return /[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

/** One CSV line, ended by CRLF (RFC 4180). */
export const csvRow = (cells: (string | number | boolean | null)[]) => `${cells.map(csvCell).join(',')}\r\n`;

const ROWS_PER_CHUNK = 500;

/**
 * A UTF-8 stream, byte-order mark first so spreadsheets read the accents right, then the header row.
 * `done` runs once, when the download ends, fails or is abandoned.
 */
export function csvStream(items: Iterable<PublicItem>, done: () => void = () => {}): ReadableStream<Uint8Array> {
  const encoder = new TextEncoder();
  const iterator = items[Symbol.iterator]();
  const base = publicBaseUrl();
  let finished = false;
  const finish = () => {
    if (!finished) done();
    finished = true;
  };
  return new ReadableStream<Uint8Array>({
    start(controller) {
      controller.enqueue(encoder.encode(`\uFEFF${csvRow(CSV_COLUMNS.map((c) => c.name))}`));
    },
    pull(controller) {
      try {
        let chunk = '';
        for (let i = 0; i < ROWS_PER_CHUNK; i++) {
          const next = iterator.next();
          if (next.done) {
            if (chunk) controller.enqueue(encoder.encode(chunk));
            controller.close();
            finish();
            return;
          }
          chunk += csvRow(CSV_COLUMNS.map((c) => c.value(next.value, base)));
        }
        controller.enqueue(encoder.encode(chunk));
      } catch (error) {
        // The headers are sent: all that is left is to cut the download short, and tell the operators.
        logEvent('api.csv_failed', { error: error instanceof Error ? error.message : String(error) });
        controller.error(new Error('The export failed.'));
        iterator.return?.();
        finish();
      }
    },
    cancel() {
      iterator.return?.();
      finish();
    },
  });
}

/** At most this many exports at once: each holds a read transaction, which keeps the WAL from being checkpointed. */
export const EXPORTS_AT_ONCE = 2;
/** A download slower than this (a stalled client) is cut, for the same reason. */
export const EXPORT_MAX_MS = 10 * 60 * 1000;

const globalExports = globalThis as typeof globalThis & { hledCsvExports?: { running: number } };
const exportsNow = (globalExports.hledCsvExports ??= { running: 0 });

/** The rows of the query, from a read-only connection opened on first pull and closed when they end. */
function* snapshotRows(query: ExportQuery, file: string): Generator<PublicItem> {
  const started = Date.now();
  const connection = new BetterSqlite3(file, { readonly: true, fileMustExist: true });
  try {
    connection.exec('BEGIN');
    let count = 0;
    for (const row of connection
      .prepare(query.sql)
      .raw(true)
      .iterate(...query.params) as IterableIterator<unknown[]>) {
      if (++count % 1000 === 0 && Date.now() - started > EXPORT_MAX_MS)
        throw new Error(`export cut after ${EXPORT_MAX_MS / 60_000} minutes`);
      yield query.decode(row);
    }
  } finally {
    connection.close();
  }
}

/** The whole export as a stream, or null when EXPORTS_AT_ONCE are already running. */
export function exportCsv(query: ExportQuery): ReadableStream<Uint8Array> | null {
  const client = getDb().$client;
  if (client.memory) throw new Error('the CSV export reads the database file on a connection of its own; an in-memory database has none');
  if (exportsNow.running >= EXPORTS_AT_ONCE) return null;
  exportsNow.running++;
  return csvStream(snapshotRows(query, client.name), () => exportsNow.running--);
}
