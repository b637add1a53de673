const { swcTransform, moduleNameMapper } = require('../../jest.preset.cjs');

module.exports = {
  displayName: 'api',
  testEnvironment: 'node',
  transform: swcTransform,
  moduleNameMapper,
  testMatch: ['<rootDir>/src/**/*.spec.ts', '<rootDir>/test/**/*.e2e-spec.ts'],
  // One PostgreSQL for the run, one migrated template database, one database per test file.
  setupFiles: ['<rootDir>/test/support/quiet-logs.ts'],
  globalSetup: '<rootDir>/test/support/global-setup.ts',
  globalTeardown: '<rootDir>/test/support/global-teardown.ts',
};
