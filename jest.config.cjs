// `npm test`: every project's unit and integration tests in one run, closing with one summary line.
// Integration tests of the API run on a real PostgreSQL (embedded, or DATABASE_URL when set).
module.exports = {
  projects: ['<rootDir>/libs/domain', '<rootDir>/apps/api', '<rootDir>/apps/web'],
  reporters: ['default', '<rootDir>/scripts/jest-summary-reporter.cjs'],
  // A global option (Jest ignores it in a project's config): integration tests start Koers and
  // PostgreSQL work, which on a busy 2-core machine takes longer than Jest's default 5 s.
  testTimeout: 30_000,
};
