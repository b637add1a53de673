const { swcTransform } = require('../jest.preset.cjs');

// Browser tests: playwright-core driving Debian's chromium against a started Koers (see run.mjs).
module.exports = {
  displayName: 'e2e',
  rootDir: __dirname,
  testEnvironment: 'node',
  transform: swcTransform,
  testMatch: ['<rootDir>/tests/**/*.e2e.ts'],
  testTimeout: 60_000,
  maxWorkers: 1,
  reporters: ['default', '<rootDir>/../scripts/jest-summary-reporter.cjs'],
};
