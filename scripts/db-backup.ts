// `npm run db:backup [-- <file>]`: a consistent online copy of the database named by DATABASE_URL (and of the
// attachments it names, into <file>.attachments/, checked against their SHA-256), checked
// before it counts. Safe while the app is running. Default file: backups/hled-<timestamp>.db.
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { backupDatabase } from '../db/backup';
import { resolveDatabaseFile } from '../db/open';

const source = resolveDatabaseFile();
const target = path.resolve(process.argv[2] ?? path.join('backups', `hled-${new Date().toISOString().replace(/[:.]/g, '-')}.db`));
try {
  mkdirSync(path.dirname(target), { recursive: true });
  const check = backupDatabase(source, target);
  console.log(`Backed up ${source} to ${target}: integrity ${check.integrity}`, check.counts);
  console.log(
    `Attachments: ${check.attachments?.files ?? 0} files, ${check.attachments?.bytes ?? 0} bytes, in ${target}.attachments, each matching its SHA-256`,
  );
} catch (error) {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
}
