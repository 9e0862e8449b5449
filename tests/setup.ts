import { afterEach, beforeEach, expect, vi } from 'vitest';

// An unexpected console.error means something failed quietly: it fails the test.
// A test that expects one replaces the spy with its own for that test.
let errors: unknown[][] = [];
beforeEach(() => {
  errors = [];
  vi.spyOn(console, 'error').mockImplementation((...args: unknown[]) => {
    errors.push(args);
  });
});
afterEach(() => {
  vi.restoreAllMocks();
  expect(errors, 'console.error was called during the test').toEqual([]);
});
