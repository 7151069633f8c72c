'use server';
/** The coordinators' CSV import: a preview that writes nothing, then the apply of the same file. */
import { z } from 'zod';
import { getDb } from '@/db/client';
import { triageActionClient } from '@/lib/actions/client';
import { sendProgressNews } from '@/lib/notifications/progress-news';
import { changing } from '@/lib/page-store/refresh';
import { pagesShowingInitiative } from '@/lib/page-store/stored-pages';
import { applyImport, previewImport } from './import';
import { parseCoordinatorCsv } from './parse';

/** 1 MB of text: a few thousand rows, well under the server actions' body limit. */
const MAX_CSV_CHARS = 1_000_000;
const importSchema = z.object({ csv: z.string().min(1).max(MAX_CSV_CHARS) });

export const previewCsvImportAction = triageActionClient
  .inputSchema(importSchema)
  .action(async ({ parsedInput, ctx }) => previewImport(ctx.user, parsedInput.csv));

export const applyCsvImportAction = triageActionClient.inputSchema(importSchema).action(async ({ parsedInput, ctx }) => {
  // The pages of every initiative the file names (those it changes are among them).
  const slugs = [...new Set(parseCoordinatorCsv(parsedInput.csv).rows.map((row) => row.cells.initiative))].filter(Boolean);
  const pages = () => slugs.flatMap((slug) => pagesShowingInitiative(getDb(), slug));
  const result = await changing(pages, () => applyImport(ctx.user, parsedInput.csv));
  if (result.applied) await sendProgressNews();
  return result;
});
