/**
 * The data dictionary's tables: every column of every download, taken from the code that writes them, so
 * a column added to an export without an entry in the dictionary's messages fails its test.
 */
import { CSV_COLUMNS as COORDINATOR_COLUMNS } from '@/lib/coordinate-csv/columns';
import { CSV_COLUMNS as RECOMMENDATION_COLUMNS } from '@/lib/public/api/csv';
import { SNAPSHOT_JSON_KEYS } from './keys';

export const DICTIONARY = {
  recommendationsCsv: RECOMMENDATION_COLUMNS.map((c) => c.name),
  coordinatorCsv: [...COORDINATOR_COLUMNS],
  snapshot: [...SNAPSHOT_JSON_KEYS],
} as const;
export type DictionaryTable = keyof typeof DICTIONARY;
