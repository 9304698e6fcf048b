// npm run user:reset-password -- someone@example.org
// Gives an account a new one-time password (printed once; it must be changed at the next sign-in) and ends every session
// of the account. For an operator with access to the server, e.g. when the only admin has forgotten their password.
import { existsSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { EmailSchema } from '@ccm/shared/schemas/workspace';
import { parseConfig } from '../config.ts';
import { migrateDatabase, openDatabase } from '../db/client.ts';
import { resetPasswordByEmail } from '../modules/auth/auth.service.ts';
import { runScript } from './run-script.ts';

const USAGE = 'Usage: npm run user:reset-password -- someone@example.org';

runScript(async () => {
  const { positionals } = parseArgs({ allowPositionals: true, options: {} });
  if (positionals.length !== 1) throw new Error(`Give exactly one email address. ${USAGE}`);
  const email = EmailSchema.safeParse(positionals[0]);
  if (!email.success) throw new Error(`"${positionals[0] ?? ''}" is not an email address. ${USAGE}`);
  const config = parseConfig(process.env);
  if (config.DATABASE_PATH !== ':memory:' && !existsSync(config.DATABASE_PATH)) throw new Error(`There is no database at ${config.DATABASE_PATH} (DATABASE_PATH).`);
  const database = openDatabase(config.DATABASE_PATH);
  try {
    migrateDatabase(database);
    const reset = await resetPasswordByEmail(database.db, email.data);
    const ended = `${reset.endedSessions} session${reset.endedSessions === 1 ? '' : 's'} ended`;
    return [
      `New one-time password for ${reset.user.role} ${reset.user.email} (${ended}).`,
      `One-time password (shown once; it must be changed at the next sign-in): ${reset.password}`,
      ...(reset.deactivated ? ['The account is still deactivated: an admin must reactivate it (Workspace → Accounts) before it can sign in.'] : []),
    ].join('\n');
  } finally {
    database.sqlite.close();
  }
});
