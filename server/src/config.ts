// The only reader of process.env: parsed once at start-up, every bad variable named.
import { z } from 'zod';

const port = z.coerce
  .number({ error: 'must be a whole number between 1 and 65535' })
  .int({ error: 'must be a whole number between 1 and 65535' })
  .min(1, { error: 'must be a whole number between 1 and 65535' })
  .max(65535, { error: 'must be a whole number between 1 and 65535' });

const ratio = z.coerce.number({ error: 'must be a number between 0 and 1' }).gt(0).lt(10);

export const ConfigSchema = z.object({
  PORT: port.default(3000),
  HOST: z.string().min(1, { error: 'must not be empty' }).default('0.0.0.0'),
  DATABASE_PATH: z.string().min(1, { error: 'must not be empty' }).default('data/dashboard.db'),
  SEED_DIR: z.string().min(1).default('seed-data'),
  CLIENT_DIST: z.string().min(1).default('client/dist'),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  SEED_ON_START: z.enum(['true', 'false'], { error: 'must be "true" or "false"' }).default('true').transform((v) => v === 'true'),
  STALL_RATIO: ratio.default(0.5),
  ON_TRACK_RATIO: ratio.default(0.95),
  SHUTDOWN_TIMEOUT_MS: z.coerce.number().int().min(0).max(600_000).default(10_000),
  CLASSIFY_RATE_LIMIT: z.coerce.number().int().min(1).max(1_000_000).default(60),
  SESSION_IDLE_MINUTES: z.coerce.number().int().min(1).max(7 * 24 * 60).default(60),
  COOKIE_SECURE: z.enum(['true', 'false'], { error: 'must be "true" or "false"' }).default('false').transform((v) => v === 'true'),
  SIGNIN_RATE_LIMIT: z.coerce.number().int().min(1).max(10_000).default(10),
  SIGNIN_MAX_FAILURES: z.coerce.number().int().min(1).max(1000).default(5),
  /** Benchmark only: serve precomputed copies of API responses under /__limit/* as the physical limit to compare with. */
  BENCH_LIMIT_ROUTES: z.enum(['true', 'false'], { error: 'must be "true" or "false"' }).default('false').transform((v) => v === 'true'),
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
