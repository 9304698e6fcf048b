// The SPA switches zod's JIT off (the CSP forbids eval) without importing zod in its first bundle: through the global
// settings object zod reads. If zod ever stops reading it, this fails before a browser reports CSP violations.
import { describe, expect, it } from 'vitest';
import '../../client/src/lib/zod-config.ts';
import { z } from 'zod';

describe('zod settings of the SPA', () => {
  it('zod runs jitless with the setting made before it loads', () => {
    expect(z.config().jitless).toBe(true);
  });
});
