/**
 * The register as CSV (RFC 4180), streamed: rows are written as the reader pulls them, from the
 * batched register export, so the whole register is never one string in memory.
 */
import type { PublicItem } from '@/lib/public/register';
import { logEvent } from '@/lib/log';
import { pageUrls } from './urls';

type Column = { name: string; value: (item: PublicItem) => string | number | boolean | null };

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
  { name: 'url_en', value: (r) => pageUrls(`/recommendations/${r.ref}`).en },
  { name: 'url_es', value: (r) => pageUrls(`/recommendations/${r.ref}`).es },
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

const csvRow = (cells: (string | number | boolean | null)[]) => `${cells.map(csvCell).join(',')}\r\n`;

const ROWS_PER_CHUNK = 100;

/** A UTF-8 stream, byte-order mark first so spreadsheets read the accents right, then the header row. */
export function csvStream(items: Iterable<PublicItem>): ReadableStream<Uint8Array> {
  const encoder = new TextEncoder();
  const iterator = items[Symbol.iterator]();
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
            return;
          }
          chunk += csvRow(CSV_COLUMNS.map((c) => c.value(next.value)));
        }
        controller.enqueue(encoder.encode(chunk));
      } catch (error) {
        // The headers are sent: all that is left is to cut the download short, and tell the operators.
        logEvent('api.csv_failed', { error: error instanceof Error ? error.message : String(error) });
        controller.error(new Error('The export failed.'));
      }
    },
    cancel() {
      iterator.return?.();
    },
  });
}
