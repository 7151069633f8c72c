/**
 * Online backups of the SQLite database (docs/security.md, "Data durability"): `VACUUM INTO` writes a consistent, compacted
 * snapshot while the app keeps serving (never copy a live WAL database file), then the copy is opened
 * and checked with `PRAGMA integrity_check` before it counts as a backup. Restoring checks the backup
 * the same way, keeps the current database aside, and puts the backup in its place. The attachments the
 * database names travel with it, checked against their SHA-256 (backup-files.ts).
 */
import { copyFileSync, existsSync, renameSync, rmSync } from 'node:fs';
import path from 'node:path';
import BetterSqlite3 from 'better-sqlite3';
import { backupFiles, checkFiles, restoreFiles, type FilesCheck } from './backup-files';
import { resolveAttachmentsFolder } from './file';

export type BackupCheck = { file: string; integrity: string; counts: Record<string, number>; attachments?: FilesCheck };

const COUNTED = ['recommendations', 'history_events', 'users', 'initiatives', 'progress_updates', 'attachments'] as const;

/** Opens a database file read-only and reports its integrity and the size of the tables that matter. */
export function checkDatabaseFile(file: string): BackupCheck {
  const db = new BetterSqlite3(file, { readonly: true, fileMustExist: true });
  try {
    const integrity = String(db.pragma('integrity_check', { simple: true }));
    const counts = Object.fromEntries(
      COUNTED.map((table) => [table, (db.prepare(`select count(*) as n from ${table}`).get() as { n: number }).n]),
    );
    return { file, integrity, counts };
  } finally {
    db.close();
  }
}

export function backupDatabase(source: string, target: string, attachmentsFolder = resolveAttachmentsFolder(source)): BackupCheck {
  if (existsSync(target)) throw new Error(`${target} already exists: choose a new file name for the backup.`);
  const db = new BetterSqlite3(source, { fileMustExist: true });
  try {
    db.pragma('busy_timeout = 5000');
    db.prepare('VACUUM INTO ?').run(target);
  } finally {
    db.close();
  }
  const check = checkDatabaseFile(target);
  if (check.integrity !== 'ok') {
    rmSync(target, { force: true });
    throw new Error(`The backup failed its integrity check (${check.integrity}); it was removed.`);
  }
  return { ...check, attachments: backupFiles(target, attachmentsFolder) };
}

/** Replaces the database with a checked backup; the replaced files are kept beside it with a timestamp. */
export function restoreDatabase(
  backup: string,
  target: string,
  now = new Date(),
  attachmentsFolder = resolveAttachmentsFolder(target),
): { check: BackupCheck; keptAs: string | null } {
  const check = checkDatabaseFile(backup);
  if (check.integrity !== 'ok') throw new Error(`${backup} failed its integrity check (${check.integrity}); nothing was restored.`);
  const suffix = `.before-restore-${now.toISOString().replace(/[:.]/g, '-')}`;
  // The files are checked (and put in place) before the database: a backup with a damaged file restores nothing.
  const attachments = restoreFiles(backup, attachmentsFolder, suffix);
  checkFiles(backup, attachmentsFolder);
  let keptAs: string | null = null;
  if (existsSync(target)) {
    keptAs = `${target}${suffix}`;
    // The server must be stopped: a WAL database is its main file plus -wal and -shm, moved together.
    for (const suffix of ['', '-wal', '-shm']) if (existsSync(target + suffix)) renameSync(target + suffix, keptAs + suffix);
  }
  copyFileSync(backup, target);
  return { check: { ...check, attachments }, keptAs: keptAs && path.resolve(keptAs) };
}
