// npm run user:create -- --email someone@example.org --role admin [--password-stdin]
// Creates an account. Without --password-stdin it prints a one-time password that must be changed at first sign-in.
import { parseArgs } from 'node:util';
import { CreateUserInputSchema, PasswordSchema } from '@ccm/shared/schemas/workspace';
import { parseConfig } from '../config.ts';
import { migrateDatabase, openDatabase } from '../db/client.ts';
import { createUser } from '../modules/auth/auth.service.ts';
import { runScript } from './run-script.ts';

async function readStdin(): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString('utf8').replace(/\r?\n$/, '');
}

runScript(async () => {
  const { values } = parseArgs({
    options: { email: { type: 'string' }, role: { type: 'string', default: 'editor' }, 'password-stdin': { type: 'boolean', default: false } },
  });
  const input = CreateUserInputSchema.safeParse({ email: values.email, role: values.role });
  if (!input.success) {
    const issue = input.error.issues[0];
    throw new Error(`--${String(issue?.path[0] ?? 'email')}: ${issue?.message ?? 'invalid'}. Usage: npm run user:create -- --email someone@example.org --role admin|editor [--password-stdin]`);
  }
  let password: string | undefined;
  if (values['password-stdin']) {
    const parsed = PasswordSchema.safeParse(await readStdin());
    if (!parsed.success) throw new Error(`Password from standard input: ${parsed.error.issues[0]?.message ?? 'invalid'}`);
    password = parsed.data;
  }
  const config = parseConfig(process.env);
  const database = openDatabase(config.DATABASE_PATH);
  migrateDatabase(database);
  const created = await createUser(database.db, { ...input.data, ...(password === undefined ? {} : { password, mustChangePassword: false }) });
  database.sqlite.close();
  return password === undefined
    ? `Created ${created.user.role} ${created.user.email}.\nOne-time password (shown once; it must be changed at first sign-in): ${created.password}`
    : `Created ${created.user.role} ${created.user.email} with the password from standard input.`;
});
