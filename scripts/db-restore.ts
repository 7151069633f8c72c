// `npm run db:restore -- <backup file>`: checks the backup, keeps the current database aside, and puts the
// backup in its place. Stop the server first; start it again afterwards.
import path from 'node:path';
import { restoreDatabase } from '../db/backup';
import { resolveDatabaseFile } from '../db/open';

const backup = process.argv[2];
if (!backup) {
  console.error('Usage: npm run db:restore -- <backup file>   (stop the server first)');
  process.exit(2);
}
try {
  const target = resolveDatabaseFile();
  const { check, keptAs } = restoreDatabase(path.resolve(backup), target);
  console.log(`Restored ${check.file} to ${target}`, check.counts);
  console.log(`Attachments restored: ${check.attachments?.files ?? 0} files, each matching its SHA-256`);
  if (keptAs) console.log(`The database it replaced is kept as ${keptAs}`);
} catch (error) {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
}
