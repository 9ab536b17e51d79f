const { NxAppWebpackPlugin } = require('@nx/webpack/app-plugin');
const { join } = require('path');
// eslint-disable-next-line @nx/enforce-module-boundaries -- a build helper, not a library
const { BundleEsmOnlyPlugin } = require('../../tools/webpack/bundle-esm-only');

module.exports = {
  output: { path: join(__dirname, '../../dist/apps/worker'), clean: true },
  devtool: 'source-map',
  plugins: [
    new NxAppWebpackPlugin({
      target: 'node',
      compiler: 'tsc',
      main: './src/main.ts',
      tsConfig: './tsconfig.app.json',
      optimization: false,
      outputHashing: 'none',
      generatePackageJson: false,
      sourceMap: true,
    }),
    // openid-client is ESM only: bundled, not required (tools/webpack/bundle-esm-only.js)
    new BundleEsmOnlyPlugin(),
  ],
};
