import path from 'node:path';

export const DEFAULT_DATABASE_FILE = path.join('data', 'hled.db');

/** DATABASE_URL is a `file:` URL or a plain path; relative paths are taken from the project folder. */
export function resolveDatabaseFile(url = process.env.DATABASE_URL): string {
  const value = url?.trim() ? url.trim().replace(/^file:(\/\/)?/, '') : DEFAULT_DATABASE_FILE;
  if (value === ':memory:') return value;
  return path.resolve(/*turbopackIgnore: true*/ process.cwd(), value);
}
