/**
 * The attachments in a backup: the files the backed-up database names, copied beside the backup into
 * `<backup>.attachments/`, each checked against the SHA-256 its row recorded, before and after every copy.
 * A backup whose files do not all match is not a backup; a restore puts nothing in place unless every
 * file of the backup matches.
 */
import { createHash } from 'node:crypto';
import { copyFileSync, existsSync, mkdirSync, readFileSync, renameSync } from 'node:fs';
import path from 'node:path';
import BetterSqlite3 from 'better-sqlite3';

export type FilesCheck = { files: number; bytes: number };
type Row = { stored_name: string; sha256: string };

export const attachmentsBeside = (backupFile: string) => `${backupFile}.attachments`;

function rowsOf(databaseFile: string): Row[] {
  const db = new BetterSqlite3(databaseFile, { readonly: true, fileMustExist: true });
  try {
    const exists = db.prepare("select 1 from sqlite_master where type = 'table' and name = 'attachments'").get();
    return exists ? (db.prepare('select stored_name, sha256 from attachments order by id').all() as Row[]) : [];
  } finally {
    db.close();
  }
}

/** Every file the database names is in `folder` with its recorded SHA-256; throws naming the first that is not. */
export function checkFiles(databaseFile: string, folder: string): FilesCheck {
  let bytes = 0;
  const rows = rowsOf(databaseFile);
  for (const row of rows) {
    const file = path.join(folder, row.stored_name);
    if (!existsSync(file)) throw new Error(`attachment ${row.stored_name} is missing from ${folder}`);
    const content = readFileSync(file);
    if (createHash('sha256').update(content).digest('hex') !== row.sha256)
      throw new Error(`attachment ${row.stored_name} in ${folder} does not match its recorded SHA-256`);
    bytes += content.length;
  }
  return { files: rows.length, bytes };
}

export function backupFiles(backupFile: string, liveFolder: string): FilesCheck {
  const target = attachmentsBeside(backupFile);
  mkdirSync(target, { recursive: true, mode: 0o700 });
  for (const row of rowsOf(backupFile)) {
    const source = path.join(liveFolder, row.stored_name);
    if (existsSync(source)) copyFileSync(source, path.join(target, row.stored_name));
  }
  return checkFiles(backupFile, target);
}

/** Checks the backup's files first, keeps the current folder aside, then copies and checks again. */
export function restoreFiles(backupFile: string, liveFolder: string, keptSuffix: string): FilesCheck & { keptAs: string | null } {
  const source = attachmentsBeside(backupFile);
  checkFiles(backupFile, source);
  let keptAs: string | null = null;
  if (existsSync(liveFolder)) {
    keptAs = `${liveFolder}${keptSuffix}`;
    renameSync(liveFolder, keptAs);
  }
  mkdirSync(liveFolder, { recursive: true, mode: 0o700 });
  for (const row of rowsOf(backupFile)) copyFileSync(path.join(source, row.stored_name), path.join(liveFolder, row.stored_name));
  return { ...checkFiles(backupFile, liveFolder), keptAs };
}
