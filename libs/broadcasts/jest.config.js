module.exports = {
  displayName: 'broadcasts',
  preset: '../../jest.preset.js',
  rootDir: '.',
};
