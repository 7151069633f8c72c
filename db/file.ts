import path from 'node:path';

export const DEFAULT_DATABASE_FILE = path.join('data', 'hled.db');

/** DATABASE_URL is a `file:` URL or a plain path; relative paths are taken from the project folder. */
export function resolveDatabaseFile(url = process.env.DATABASE_URL): string {
  const value = url?.trim() ? url.trim().replace(/^file:(\/\/)?/, '') : DEFAULT_DATABASE_FILE;
  if (value === ':memory:') return value;
  return path.resolve(/*turbopackIgnore: true*/ process.cwd(), value);
}

/**
 * Attachments live outside the web root, in a folder beside the database file (so one data folder holds
 * everything a backup must keep), each under a random name; ATTACHMENTS_DIR overrides it.
 */
export function resolveAttachmentsFolder(databaseFile = resolveDatabaseFile(), override = process.env.ATTACHMENTS_DIR): string {
  if (override?.trim()) return path.resolve(/*turbopackIgnore: true*/ process.cwd(), override.trim());
  return path.join(path.dirname(databaseFile), 'attachments');
}
