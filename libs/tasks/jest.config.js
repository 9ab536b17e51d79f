module.exports = {
  displayName: 'tasks',
  preset: '../../jest.preset.js',
  rootDir: '.',
};
