// Packages published as ES modules only (openid-client and what it imports). The apps are
// bundled to CommonJS with every other dependency left external (required from
// node_modules at run time); these are bundled instead, so the build runs on any Node
// without relying on require() of ES modules (unflagged only from Node 20.19). Jest does
// the same with transformIgnorePatterns (jest.preset.js). docs/sso.md.
const ESM_ONLY = ['openid-client', 'oauth4webapi', 'jose'];

const isEsmOnly = (request) =>
  typeof request === 'string' &&
  ESM_ONLY.some((name) => request === name || request.startsWith(`${name}/`));

/**
 * Runs after NxAppWebpackPlugin (list it after that plugin): wraps each externals
 * function so that the ESM-only packages are bundled rather than required.
 */
class BundleEsmOnlyPlugin {
  apply(compiler) {
    const externals = compiler.options.externals;
    const list = Array.isArray(externals) ? externals : externals ? [externals] : [];
    compiler.options.externals = list.map((external) =>
      typeof external === 'function'
        ? (data, callback) => (isEsmOnly(data.request) ? callback() : external(data, callback))
        : external,
    );
  }
}

module.exports = { BundleEsmOnlyPlugin, ESM_ONLY };
