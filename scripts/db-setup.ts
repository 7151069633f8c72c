// `npm run db:setup`: opens the database named by DATABASE_URL, applies migrations and seeds the record,
// without starting the server. The server does the same on start-up; this is for operators and scripts.
import { openDatabase, resolveDatabaseFile } from '../db/open';

try {
  const db = openDatabase();
  const counts = db.$client
    .prepare(
      `select (select count(*) from pillars) pillars, (select count(*) from initiatives) initiatives,
              (select count(*) from meetings) meetings, (select count(*) from progress_updates) progress_updates,
              (select count(*) from recommendations) recommendations`,
    )
    .get();
  console.log(`Database ready: ${resolveDatabaseFile()}`, counts);
  db.$client.close();
} catch (error) {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
}
