import { describe, expect, it } from 'vitest';
import { ConfigError, parseConfig } from '../../server/src/config.ts';

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

  it('names every bad variable at once', () => {
    expect(() => parseConfig({ PORT: 'abc', LOG_LEVEL: 'loud' })).toThrow(/PORT.*LOG_LEVEL/);
  });
});
