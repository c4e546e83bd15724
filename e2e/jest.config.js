module.exports = require('../jest.preset.js')({
  displayName: 'e2e',
  testMatch: ['<rootDir>/**/*.e2e.spec.ts'],
  // each file starts the built app as a user would; give start-up and the browser room
  testTimeout: 60000,
});
