// An editor writing drafts to a running server over HTTP, remembering every write the server acknowledged.
import { createAccountWithScript } from './e2e-accounts.ts';

export const WRITER_PASSWORD = 'writer password for tests';

/** Creates an account in the server's database file with the real user:create script, with the writer's password. */
export function createAccountInFile(databasePath: string, email: string, role: 'editor' | 'admin'): void {
  createAccountWithScript(databasePath, email, { role, password: WRITER_PASSWORD });
}

export async function signInOver(url: string, email: string): Promise<string> {
  const res = await fetch(`${url}/api/v1/auth/sign-in`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email, password: WRITER_PASSWORD }),
  });
  if (!res.ok) throw new Error(`sign-in failed: ${res.status} ${await res.text()}`);
  const cookie = res.headers.getSetCookie().find((c) => c.startsWith('ccm_session='));
  if (!cookie) throw new Error('no session cookie');
  return cookie.split(';')[0] ?? '';
}

export async function createCycleOver(url: string, cookie: string, code: string): Promise<void> {
  const res = await fetch(`${url}/api/v1/workspace/cycles`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', cookie },
    body: JSON.stringify({ code, actionPlan: 'LAP', year: 2026, meeting: `Meeting ${code}` }),
  });
  if (res.status !== 201 && res.status !== 409) throw new Error(`cycle failed: ${res.status} ${await res.text()}`);
}

/** Writes draft n (a distinct note each time, so every write is a real change). Resolves to the change id, or null on failure. */
export async function writeDraft(url: string, cookie: string, cycle: string, n: number, signal?: AbortSignal): Promise<number | null> {
  const res = await fetch(`${url}/api/v1/workspace/observations`, {
    method: 'PUT',
    headers: { 'content-type': 'application/json', cookie },
    body: JSON.stringify({ indicatorId: 'a27-re-integrated', cycle, value: n % 11, denominator: 10, source: 'Load test', note: `write ${n}`, reason: `test write ${n}` }),
    ...(signal ? { signal } : {}),
  });
  if (res.status !== 200) return null;
  const body = (await res.json()) as { data: { id: number } };
  return body.data.id;
}
