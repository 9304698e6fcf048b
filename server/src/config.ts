// The only reader of process.env: parsed once at start-up, every bad variable named.
import { isIP } from 'node:net';
import { z } from 'zod';

const port = z.coerce
  .number({ error: 'must be a whole number between 1 and 65535' })
  .int({ error: 'must be a whole number between 1 and 65535' })
  .min(1, { error: 'must be a whole number between 1 and 65535' })
  .max(65535, { error: 'must be a whole number between 1 and 65535' });

const flag = (fallback: 'true' | 'false') =>
  z.enum(['true', 'false'], { error: 'must be "true" or "false"' }).default(fallback).transform((v) => v === 'true');

const wholeNumber = (min: number, max: number, unit = '') =>
  z.coerce
    .number({ error: `must be a whole number from ${min} to ${max}${unit}` })
    .int({ error: `must be a whole number from ${min} to ${max}${unit}` })
    .min(min, { error: `must be a whole number from ${min} to ${max}${unit}` })
    .max(max, { error: `must be a whole number from ${min} to ${max}${unit}` });

const PROXY_KEYWORDS = new Set(['loopback', 'linklocal', 'uniquelocal']);
const TRUST_PROXY_HELP = 'must be "false", a number of proxy hops (e.g. 1) or a comma-separated list of proxy addresses (e.g. 127.0.0.1,10.0.0.0/8)';

/** An address, an address range (CIDR) or one of proxy-addr's names for the loopback, link-local and unique-local ranges. */
function isProxyAddress(entry: string): boolean {
  if (PROXY_KEYWORDS.has(entry)) return true;
  const [address = '', prefix, ...rest] = entry.split('/');
  const family = isIP(address);
  if (family === 0 || rest.length > 0) return false;
  if (prefix === undefined) return true;
  return /^\d{1,3}$/.test(prefix) && Number(prefix) <= (family === 4 ? 32 : 128);
}

/** Which connecting addresses are proxies whose X-Forwarded-For/-Proto/-Host headers are believed. */
const trustProxy = z
  .string()
  .default('false')
  .transform((value, ctx): false | number | string[] => {
    const text = value.trim();
    if (text === 'false') return false;
    if (/^\d+$/.test(text) && Number(text) >= 1 && Number(text) <= 10) return Number(text);
    const entries = text.split(',').map((e) => e.trim()).filter((e) => e !== '');
    if (entries.length > 0 && entries.every(isProxyAddress)) return entries;
    ctx.addIssue({ code: 'custom', message: TRUST_PROXY_HELP });
    return z.NEVER;
  });

const publicUrl = z
  .string()
  .refine((v) => URL.canParse(v) && ['http:', 'https:'].includes(new URL(v).protocol), {
    error: 'must be the address people open, starting with http:// or https:// (e.g. https://dashboard.example.org)',
  })
  .transform((v) => new URL(v))
  .optional();

const ratio = z.coerce
  .number({ error: 'must be a number above 0 and at most 1' })
  .gt(0, { error: 'must be a number above 0 and at most 1' })
  .lte(1, { error: 'must be a number above 0 and at most 1' });

export const ConfigSchema = z
  .object({
    PORT: port.default(3000),
    HOST: z.string().min(1, { error: 'must not be empty' }).default('0.0.0.0'),
    /** The address people open. https:// turns on HSTS and upgrade-insecure-requests; unset, each request's protocol decides. */
    PUBLIC_URL: publicUrl,
    TRUST_PROXY: trustProxy,
    DATABASE_PATH: z.string().min(1, { error: 'must not be empty' }).default('data/dashboard.db'),
    SEED_DIR: z.string().min(1).default('seed-data'),
    CLIENT_DIST: z.string().min(1).default('client/dist'),
    LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
    SEED_ON_START: flag('true'),
    STALL_RATIO: ratio.default(0.5),
    ON_TRACK_RATIO: ratio.default(0.95),
    SHUTDOWN_TIMEOUT_MS: z.coerce.number().int().min(0).max(600_000).default(10_000),
    /** Time for a client to send its whole request (headers and body); a slower one is answered 408 and cut off. */
    REQUEST_TIMEOUT_MS: wholeNumber(1000, 600_000, ' milliseconds').default(20_000),
    /** Time for a client to send its request headers. */
    HEADERS_TIMEOUT_MS: wholeNumber(1000, 600_000, ' milliseconds').default(10_000),
    /** Open connections at once; further ones are closed straight away. */
    MAX_CONNECTIONS: wholeNumber(1, 100_000).default(1000),
    CLASSIFY_RATE_LIMIT: z.coerce.number().int().min(1).max(1_000_000).default(60),
    SESSION_IDLE_MINUTES: wholeNumber(1, 7 * 24 * 60, ' minutes').default(60),
    /** A session ends this long after sign-in, however active. */
    SESSION_MAX_HOURS: wholeNumber(1, 24 * 30, ' hours').default(12),
    /** "auto": Secure whenever the request came over HTTPS (directly, per PUBLIC_URL, or through a trusted proxy). */
    COOKIE_SECURE: z.enum(['auto', 'true', 'false'], { error: 'must be "auto", "true" or "false"' }).default('auto'),
    SIGNIN_RATE_LIMIT: z.coerce.number().int().min(1).max(10_000).default(10),
    /** Failed sign-ins for one account from one address before each further attempt waits twice as long (1 s, 2 s… 15 min). */
    SIGNIN_MAX_FAILURES: wholeNumber(1, 1000).default(5),
    /** Failed sign-ins from one address, whatever the account, before each further attempt waits twice as long. */
    SIGNIN_ADDRESS_MAX_FAILURES: wholeNumber(1, 100_000).default(20),
    /** Benchmark only: serve precomputed copies of API responses under /__limit/* as the physical limit to compare with. */
    BENCH_LIMIT_ROUTES: flag('false'),
  })
  .refine((c) => c.HEADERS_TIMEOUT_MS <= c.REQUEST_TIMEOUT_MS, {
    error: 'must not be longer than REQUEST_TIMEOUT_MS',
    path: ['HEADERS_TIMEOUT_MS'],
  })
  // The status rule: progress below the stall share is stalled, at or above the on-track share on track; the two must not cross.
  .refine((c) => c.STALL_RATIO < c.ON_TRACK_RATIO, {
    error: 'must be below ON_TRACK_RATIO (stalled progress is slower than on-track progress)',
    path: ['STALL_RATIO'],
  });

export type Config = z.infer<typeof ConfigSchema>;

export class ConfigError extends Error {
  override name = 'ConfigError';
}

/** Parses the environment; throws a ConfigError whose message names every bad variable on one line. */
export function parseConfig(env: Record<string, string | undefined>): Config {
  // An empty variable is treated as unset, so `PORT= npm start` uses the default.
  const cleaned = Object.fromEntries(Object.entries(env).filter(([, v]) => v !== undefined && v !== ''));
  const result = ConfigSchema.safeParse(cleaned);
  if (result.success) return result.data;
  const problems = result.error.issues.map((issue) => {
    const name = String(issue.path[0] ?? 'configuration');
    const got = env[name];
    return `${name} ${issue.message}${got === undefined ? '' : ` (got ${JSON.stringify(got)})`}`;
  });
  throw new ConfigError(`Invalid configuration: ${problems.join('; ')}`);
}

/** The status rule's thresholds, as configured. */
export function statusThresholds(config: Config) {
  return { stalledBelowRatio: config.STALL_RATIO, onTrackFromRatio: config.ON_TRACK_RATIO };
}
