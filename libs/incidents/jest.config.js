module.exports = {
  displayName: 'incidents',
  preset: '../../jest.preset.js',
  rootDir: '.',
};
