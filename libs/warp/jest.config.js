module.exports = {
  displayName: 'warp',
  preset: '../../jest.preset.js',
  rootDir: '.',
};
