// Every project's tests in one run (npm test): unit, integration and e2e.
// testTimeout is a global option: the projects' preset value is not read by jest-circus,
// so hooks that start an app would get 5 s on a busy machine without it here.
module.exports = {
  projects: ['<rootDir>/libs/*/jest.config.js', '<rootDir>/apps/*/jest.config.js'],
  testTimeout: 30_000,
};
