module.exports = {
  displayName: 'notices',
  preset: '../../jest.preset.js',
  rootDir: '.',
};
