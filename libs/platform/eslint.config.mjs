import baseConfig from '../../eslint.config.mjs';

export default [
  ...baseConfig,
  // the platform is where the spine, the outbox and keyset paging write their SQL
  { files: ['**/*.ts'], rules: { 'no-restricted-syntax': 'off' } },
];
