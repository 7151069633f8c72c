import 'server-only';
/** The coordinators' CSV import: a preview that writes nothing, then the apply of the same file. */
import { getDb } from '@/db/client';
import type { CurrentUser } from '@/lib/auth/current-user';
import { sendProgressNews } from '@/lib/notifications/progress-news';
import { changing } from '@/lib/page-store/refresh';
import { pagesShowingInitiative } from '@/lib/page-store/stored-pages';
import { applyImport, previewImport, type ImportResult } from './import';
import { parseCoordinatorCsv } from './parse';

/** 1 MB of text: a few thousand rows. */
export const MAX_CSV_CHARS = 1_000_000;
/** The request's limit in bytes: every character of the text may take up to 4 bytes in UTF-8. */
export const MAX_CSV_REQUEST_BYTES = 4 * MAX_CSV_CHARS;

export const IMPORT_MODES = ['preview', 'apply'] as const;
export type ImportMode = (typeof IMPORT_MODES)[number];

export async function runImport(user: CurrentUser, mode: ImportMode, csv: string): Promise<ImportResult> {
  if (mode === 'preview') return previewImport(user, csv);
  // The pages of every initiative the file names (those it changes are among them).
  const slugs = [...new Set(parseCoordinatorCsv(csv).rows.map((row) => row.cells.initiative))].filter(Boolean);
  const pages = () => slugs.flatMap((slug) => pagesShowingInitiative(getDb(), slug));
  const result = await changing(pages, () => applyImport(user, csv));
  if (result.applied) await sendProgressNews();
  return result;
}
