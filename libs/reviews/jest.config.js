module.exports = {
  displayName: 'reviews',
  preset: '../../jest.preset.js',
  rootDir: '.',
};
