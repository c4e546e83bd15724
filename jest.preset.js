// Shared jest settings: SWC for speed (types are checked by `tsc --noEmit` in the typecheck target).
const path = require('node:path');
module.exports = (overrides = {}) => ({
  testEnvironment: 'node',
  transform: {
    '^.+\\.(t|j)sx?$': [
      '@swc/jest',
      {
        jsc: {
          parser: { syntax: 'typescript', decorators: true, tsx: true },
          transform: {
            legacyDecorator: true,
            decoratorMetadata: true,
            react: { runtime: 'automatic', importSource: 'preact' },
          },
          target: 'es2022',
        },
        module: { type: 'commonjs' },
      },
    ],
  },
  moduleNameMapper: {
    '^@ncasc/shared$': path.join(__dirname, 'libs/shared/src/index.ts'),
    '^@ncasc/config$': path.join(__dirname, 'prisma-free-config/src/index.ts'),
  },
  testMatch: ['<rootDir>/src/**/*.spec.ts', '<rootDir>/src/**/*.spec.tsx', '<rootDir>/test/**/*.spec.ts'],
  ...overrides,
});
