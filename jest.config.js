/** @type {import('jest').Config} */
module.exports = {
  testEnvironment: 'node',
  roots: ['<rootDir>/test'],
  testMatch: ['**/*.test.ts'],
  transform: { '^.+\\.ts$': ['ts-jest', { tsconfig: 'tsconfig.json' }] },
  // Builds build/Code.js and dist/chitieu.js before any test: tests run the built bundle and command.
  globalSetup: '<rootDir>/test/support/global-setup.js',
  testTimeout: 60000,
};
