import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ConfigError, ConfigSchema, parseConfig } from '../../server/src/config.ts';
import { REPO_ROOT } from '../helpers/app.ts';

describe('configuration', () => {
  it('defaults to port 3000 and data/dashboard.db', () => {
    const config = parseConfig({});
    expect(config.PORT).toBe(3000);
    expect(config.DATABASE_PATH).toBe('data/dashboard.db');
  });

  it.each([
    ['PORT', 'abc'],
    ['PORT', '70000'],
    ['PORT', '3.5'],
    ['LOG_LEVEL', 'loud'],
    ['STALL_RATIO', 'half'],
    ['SEED_ON_START', 'yes'],
    ['TRUST_PROXY', 'true'],
    ['TRUST_PROXY', 'nginx'],
    ['TRUST_PROXY', '127.0.0.1,10.0.0.0/33'],
    ['TRUST_PROXY', '0'],
    ['PUBLIC_URL', 'dashboard.example.org'],
    ['PUBLIC_URL', 'ftp://dashboard.example.org'],
    ['COOKIE_SECURE', 'yes'],
    ['SESSION_MAX_HOURS', '0'],
    ['SESSION_IDLE_MINUTES', '1.5'],
    ['REQUEST_TIMEOUT_MS', '500'],
    ['MAX_CONNECTIONS', '0'],
    ['SIGNIN_ADDRESS_MAX_FAILURES', 'many'],
    ['HEADERS_TIMEOUT_MS', '30000'],
  ])('rejects %s=%s with one line naming the variable', (name, value) => {
    expect(() => parseConfig({ [name]: value })).toThrow(ConfigError);
    try {
      parseConfig({ [name]: value });
    } catch (error) {
      const message = (error as Error).message;
      expect(message).toContain(name);
      expect(message).toContain(JSON.stringify(value));
      expect(message).not.toContain('\n');
    }
  });

  it('defaults for deployment: plain HTTP, no proxy trusted, 12-hour sessions, 20 s to send a request', () => {
    const config = parseConfig({});
    expect(config.PUBLIC_URL).toBeUndefined();
    expect(config).toMatchObject({
      TRUST_PROXY: false,
      COOKIE_SECURE: 'auto',
      SESSION_IDLE_MINUTES: 60,
      SESSION_MAX_HOURS: 12,
      REQUEST_TIMEOUT_MS: 20_000,
      HEADERS_TIMEOUT_MS: 10_000,
      MAX_CONNECTIONS: 1000,
      SIGNIN_MAX_FAILURES: 5,
      SIGNIN_ADDRESS_MAX_FAILURES: 20,
    });
  });

  it.each([
    ['2', 2],
    ['127.0.0.1', ['127.0.0.1']],
    ['127.0.0.1, 10.0.0.0/8,::1', ['127.0.0.1', '10.0.0.0/8', '::1']],
    ['loopback,uniquelocal', ['loopback', 'uniquelocal']],
    ['false', false],
  ])('TRUST_PROXY=%s is read as %j', (value, expected) => {
    expect(parseConfig({ TRUST_PROXY: value }).TRUST_PROXY).toEqual(expected);
  });

  it('.env.example lists every setting, each with its default', () => {
    const text = readFileSync(join(REPO_ROOT, '.env.example'), 'utf8');
    const listed = [...text.matchAll(/^#?\s*([A-Z][A-Z0-9_]+)=/gm)].map((m) => m[1]);
    expect([...new Set(listed)].sort()).toEqual(Object.keys(ConfigSchema.shape).sort());
  });

  it.each([
    [{ STALL_RATIO: '5', ON_TRACK_RATIO: '0.2' }, 'STALL_RATIO'],
    [{ STALL_RATIO: '0.6', ON_TRACK_RATIO: '0.6' }, 'STALL_RATIO'],
    [{ STALL_RATIO: '0.96' }, 'STALL_RATIO'],
    [{ ON_TRACK_RATIO: '1.5' }, 'ON_TRACK_RATIO'],
    [{ STALL_RATIO: '0' }, 'STALL_RATIO'],
  ])('refuses a status rule whose ratios cross or leave 0–1: %o names %s', (env, name) => {
    expect(() => parseConfig(env)).toThrow(new RegExp(name));
  });

  it('takes ratios in order: 0 < STALL_RATIO < ON_TRACK_RATIO <= 1', () => {
    expect(parseConfig({ STALL_RATIO: '0.3', ON_TRACK_RATIO: '1' })).toMatchObject({ STALL_RATIO: 0.3, ON_TRACK_RATIO: 1 });
  });

  it('names every bad variable at once', () => {
    expect(() => parseConfig({ PORT: 'abc', LOG_LEVEL: 'loud' })).toThrow(/PORT.*LOG_LEVEL/);
  });
});
