module.exports = {
  displayName: 'comms',
  preset: '../../jest.preset.js',
  rootDir: '.',
};
