// Set-up of every browser test file: a test fails when any page it opened threw or wrote to console.error (React's
// warnings, a hydration mismatch, an unhandled rejection), as a user's browser would show it in its console.
import { afterEach, expect } from 'vitest';
import { takeBrowserErrors } from './browser.ts';

afterEach(() => {
  expect(takeBrowserErrors(), 'errors in the browser console').toEqual([]);
});
