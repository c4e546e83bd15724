module.exports = require('../../jest.preset.js')({
  displayName: 'api',
  setupFiles: ['<rootDir>/test/setup-env.ts'],
  setupFilesAfterEnv: ['<rootDir>/test/cleanup.ts'],
  // unit specs (`.spec.ts`) test code alone; integration specs (`.int-spec.ts`) start the app or open a database
  testMatch: ['<rootDir>/src/**/*.spec.ts', '<rootDir>/src/**/*.int-spec.ts', '<rootDir>/test/**/*.spec.ts'],
  // integration specs start the whole app on a fresh database each; two workers suit a 2-core machine
  maxWorkers: 2,
  // starting the app migrates a new database (a new PostgreSQL schema): seconds on a busy 2-core machine
  testTimeout: 30000,
});
