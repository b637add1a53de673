const { swcTransform } = require('../../jest.preset.cjs');

module.exports = {
  displayName: 'domain',
  testEnvironment: 'node',
  transform: swcTransform,
  testMatch: ['<rootDir>/src/**/*.spec.ts'],
};
