// Every project's tests in one run (npm test): unit, integration and e2e.
module.exports = {
  projects: ['<rootDir>/libs/*/jest.config.js', '<rootDir>/apps/*/jest.config.js'],
};
