module.exports = {
  displayName: 'live',
  preset: '../../jest.preset.js',
  rootDir: '.',
};
