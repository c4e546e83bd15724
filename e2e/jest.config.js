module.exports = require('../jest.preset.js')({
  displayName: 'e2e',
  testMatch: ['<rootDir>/**/*.e2e.spec.ts'],
  testPathIgnorePatterns: [
    '/node_modules/',
    // two instances on one PostgreSQL database: only in the PostgreSQL run (TEST_DATABASE=postgres, see
    // package.json's e2e script); limits.e2e.spec.ts covers two instances on one SQLite file
    ...(process.env.TEST_DATABASE === 'postgres' ? [] : ['/scale-out\\.e2e\\.spec\\.ts$']),
  ],
  // each file starts the built app as a user would; give start-up and the browser room
  testTimeout: 60000,
});
