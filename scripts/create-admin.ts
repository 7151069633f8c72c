// `npm run admin:create -- --email admin@example.gov --name "Full Name"`: makes an administrator in the
// database named by DATABASE_URL. The password is read from ADMIN_PASSWORD or typed at a hidden prompt
// (or piped on standard input), never taken from the command line, where it would land in shell history.
import { createInterface } from 'node:readline';
import { parseArgs } from 'node:util';
import { eq } from 'drizzle-orm';
import { openDatabase, resolveDatabaseFile } from '../db/open';
import { users } from '../db/schema';
import { emailField } from '../lib/accounts/schemas';
import { hashPassword } from '../lib/auth/password';
import { passwordProblem } from '../lib/auth/password-policy';

async function readPassword(): Promise<string> {
  if (process.env.ADMIN_PASSWORD) return process.env.ADMIN_PASSWORD;
  const rl = createInterface({ input: process.stdin, output: process.stdout, terminal: process.stdin.isTTY });
  if (process.stdin.isTTY) {
    process.stdout.write('Password (12 to 128 characters): ');
    // Mute the echo: the answer is typed but not shown.
    (rl as unknown as { _writeToOutput: (s: string) => void })._writeToOutput = () => {};
  }
  const line: string = await new Promise((resolve) => rl.once('line', resolve));
  rl.close();
  if (process.stdin.isTTY) process.stdout.write('\n');
  return line;
}

async function main() {
  const { values } = parseArgs({ options: { email: { type: 'string' }, name: { type: 'string' } } });
  const email = emailField.safeParse(values.email ?? '');
  if (!email.success || !values.name?.trim()) {
    console.error('Usage: npm run admin:create -- --email <address> --name "<full name>"');
    process.exit(2);
  }
  const password = await readPassword();
  const problem = passwordProblem(password, [values.name, email.data]);
  if (problem) {
    console.error(
      {
        tooShort: 'The password needs at least 12 characters.',
        tooLong: 'The password may have at most 128 characters.',
        tooCommon: 'This password is too common or too easy to guess.',
      }[problem],
    );
    process.exit(1);
  }
  const db = openDatabase();
  if (db.select({ id: users.id }).from(users).where(eq(users.email, email.data)).get()) {
    console.error(`An account with the e-mail address ${email.data} already exists in ${resolveDatabaseFile()}.`);
    process.exit(1);
  }
  const now = new Date();
  db.insert(users)
    .values({
      email: email.data,
      name: values.name.trim(),
      passwordHash: await hashPassword(password),
      role: 'admin',
      allPillars: true,
      emailVerifiedAt: now,
      privacyConsentAt: now,
    })
    .run();
  db.$client.close();
  console.log(`Administrator ${email.data} created in ${resolveDatabaseFile()}.`);
}

main().catch((error) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
