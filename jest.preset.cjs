// The transform every project uses: SWC, with decorator metadata for NestJS and JSX for React.
const swcTransform = {
  '^.+\\.(m?[tj]sx?)$': [
    '@swc/jest',
    {
      jsc: {
        parser: { syntax: 'typescript', tsx: true, decorators: true },
        transform: {
          legacyDecorator: true,
          decoratorMetadata: true,
          react: { runtime: 'automatic' },
        },
        target: 'es2022',
      },
      module: { type: 'commonjs' },
      sourceMaps: 'inline',
      // With --coverage, SWC adds Istanbul's counters itself (swc-plugin-coverage-instrument), so
      // Jest does not compile each file a second time with Babel to add them.
      experimental: { customCoverageInstrumentation: { enabled: true } },
    },
  ],
};

const moduleNameMapper = {
  '^@koers/contracts$': '<rootDir>/../../libs/contracts/src/index.ts',
  '^@koers/domain$': '<rootDir>/../../libs/domain/src/index.ts',
  '^@koers/migrations$': '<rootDir>/../../migrations/index.ts',
};

module.exports = { swcTransform, moduleNameMapper };
