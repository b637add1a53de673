const { swcTransform, moduleNameMapper } = require('../../jest.preset.cjs');

module.exports = {
  displayName: 'web',
  testEnvironment: '<rootDir>/src/test/jsdom-environment.cjs',
  transform: swcTransform,
  // The NL Design System packages ship ES modules only; let SWC turn them into CommonJS.
  transformIgnorePatterns: ['/node_modules/(?!(@utrecht|@nl-design-system)/)'],
  moduleNameMapper: {
    ...moduleNameMapper,
    '\\.css$': '<rootDir>/src/test/style-stub.cjs',
  },
  resolver: '<rootDir>/src/test/esm-only-resolver.cjs',
  setupFilesAfterEnv: ['<rootDir>/jest.setup.ts'],
  testMatch: ['<rootDir>/src/**/*.spec.{ts,tsx}'],
};
