module.exports = require('../jest.preset.js')({
  displayName: 'e2e',
  testMatch: ['<rootDir>/**/*.e2e.spec.ts'],
  testPathIgnorePatterns: [
    '/node_modules/',
    // two instances on one PostgreSQL database: only in the PostgreSQL run (TEST_DATABASE=postgres, see
    // package.json's e2e script); limits.e2e.spec.ts covers two instances on one SQLite file
    ...(process.env.TEST_DATABASE === 'postgres' ? [] : ['/scale-out\\.e2e\\.spec\\.ts$']),
    // the files that only drive the web client's pages (axe on every page, offline, the agenda's layout,
    // a delegate's phone, the write-up editor, the notifications panel) run once, on SQLite: what they test is the client,
    // and every API path they reach is tested on PostgreSQL by the HTTP files and the API suite. This
    // keeps CI under 20 minutes on 2 cores
    ...(process.env.TEST_DATABASE === 'postgres'
      ? ['/(accessibility|browser|delegate|offline|roundups-browser|push-browser)\\.e2e\\.spec\\.ts$']
      : []),
  ],
  // each file starts the built app as a user would; give start-up and the browser room
  testTimeout: 60000,
});
