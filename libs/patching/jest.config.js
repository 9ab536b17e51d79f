module.exports = {
  displayName: 'patching',
  preset: '../../jest.preset.js',
  rootDir: '.',
};
