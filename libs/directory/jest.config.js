module.exports = {
  displayName: 'directory',
  preset: '../../jest.preset.js',
  rootDir: '.',
};
