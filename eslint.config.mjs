import nx from '@nx/eslint-plugin';

const bannedInDomain = [
  '@nestjs/*',
  'typeorm',
  'pg',
  'bullmq',
  'ioredis',
  'socket.io',
  'socket.io-client',
  'nodemailer',
  'twilio',
  // the console bundles the domain for the browser: no Node-only reader in it
  'csv-parse',
  'node:*',
];

export default [
  ...nx.configs['flat/base'],
  ...nx.configs['flat/typescript'],
  { ignores: ['**/dist', '**/node_modules', '**/tmp', '**/coverage', '**/.nx'] },
  {
    files: ['**/*.ts', '**/*.js', '**/*.mjs', '**/*.cts'],
    // each project's eslint.config.mjs extends the root one by relative path
    ignores: ['**/eslint.config.mjs'],
    rules: {
      '@nx/enforce-module-boundaries': [
        'error',
        {
          enforceBuildableLibDependency: true,
          allow: [],
          depConstraints: [
            {
              sourceTag: 'type:app',
              onlyDependOnLibsWithTags: [
                'type:feature',
                'type:platform',
                'type:contracts',
                'type:domain',
              ],
            },
            {
              sourceTag: 'type:feature',
              onlyDependOnLibsWithTags: [
                'type:feature',
                'type:platform',
                'type:contracts',
                'type:domain',
              ],
            },
            { sourceTag: 'type:platform', onlyDependOnLibsWithTags: ['type:contracts'] },
            {
              sourceTag: 'type:domain',
              onlyDependOnLibsWithTags: ['type:contracts'],
              bannedExternalImports: bannedInDomain,
            },
            { sourceTag: 'type:contracts', onlyDependOnLibsWithTags: [] },
          ],
        },
      ],
    },
  },
  {
    files: ['**/*.ts', '**/*.cts'],
    rules: {
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_' },
      ],
    },
  },
  {
    files: ['**/*.spec.ts', '**/*.int-spec.ts', '**/*.e2e-spec.ts', '**/testing/**/*.ts'],
    rules: { '@typescript-eslint/no-non-null-assertion': 'off' },
  },
  {
    // SQL lives in repositories (issue 13): services, controllers and processors hand
    // typed values to their feature's *.repository.ts files. libs/platform (the spine,
    // the outbox, keyset paging) turns this off in its own eslint.config.mjs; tests and
    // test helpers may read the database directly to check what was stored.
    files: ['**/*.ts'],
    ignores: [
      'libs/platform/**',
      '**/*.repository.ts',
      '**/*.spec.ts',
      '**/*.int-spec.ts',
      '**/*.e2e-spec.ts',
      '**/testing/**',
    ],
    rules: {
      'no-restricted-syntax': [
        'error',
        {
          selector: "CallExpression[callee.property.name='query']",
          message: "Queries belong in the feature's *.repository.ts files.",
        },
        {
          selector:
            'Literal[value=/\\b(SELECT|INSERT INTO|DELETE FROM|UPDATE \\w+ SET|ON CONFLICT)\\b/]',
          message: "SQL belongs in the feature's *.repository.ts files.",
        },
        {
          selector:
            'TemplateElement[value.raw=/\\b(SELECT|INSERT INTO|DELETE FROM|UPDATE \\w+|ON CONFLICT|WHERE)\\b/]',
          message: "SQL belongs in the feature's *.repository.ts files.",
        },
      ],
    },
  },
];
