import '@testing-library/jest-dom';
import { configure } from '@testing-library/react';
import { format } from 'node:util';
import { i18n, loadFeatureStrings } from './src/lib/i18n';

// A route renders after its mocked requests resolve; on a busy 2-core machine (the whole suite runs
// API and web tests side by side) that can take longer than the library's 1 s default for findBy*.
configure({ asyncUtilTimeout: 5_000 });

// A component drawn on its own (not through its route) needs the features' strings, which a route
// fetches before it draws its screen (app/router.tsx).
beforeAll(() => loadFeatureStrings());

// Every test starts in Dutch, as a new user does, in a fresh tab (nothing typed kept from before).
beforeEach(async () => {
  await i18n.changeLanguage('nl');
  sessionStorage.clear();
});

// A test fails on any console.error: React's warnings (act, keys, invalid DOM), a route's error
// boundary catching a throw, a failed prop type all print there while the assertions may still pass.
let consoleErrors: unknown[][] = [];
beforeEach(() => {
  consoleErrors = [];
  jest.spyOn(console, 'error').mockImplementation((...args: unknown[]) => {
    consoleErrors.push(args);
  });
});
afterEach(() => {
  (console.error as jest.Mock).mockRestore();
  if (consoleErrors.length > 0) {
    throw new Error(
      `console.error was called ${consoleErrors.length} time(s) during the test; the first:\n` +
        format(...consoleErrors[0]),
    );
  }
});
