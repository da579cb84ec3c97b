// ESLint for the TypeScript sources, tests, benchmarks and scripts: the recommended rules of ESLint
// and typescript-eslint; formatting is Prettier's (.prettierrc.json), so its rules are turned off here.
import js from '@eslint/js';
import prettier from 'eslint-config-prettier/flat';
import { defineConfig, globalIgnores } from 'eslint/config';
import globals from 'globals';
import tseslint from 'typescript-eslint';

export default defineConfig(
  globalIgnores(['dist/', 'coverage/', 'node_modules/', 'bench/.work/', 'examples/', 'src/core/plan/schema-types.ts']),
  js.configs.recommended,
  tseslint.configs.recommended,
  {
    languageOptions: { ecmaVersion: 2023, sourceType: 'module', globals: { ...globals.node } },
    rules: {
      // `_`-prefixed parameters and variables are unused on purpose.
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrors: 'none' }],
      // Control characters in regular expressions are deliberate here: the reporters, the renderer and
      // the input checks find and strip them (terminal escapes, XML 1.0's forbidden characters).
      'no-control-regex': 'off',
      // Type-only imports stay type-only, so that a heavy library is never loaded for its types.
      '@typescript-eslint/consistent-type-imports': ['error', { fixStyle: 'inline-type-imports', disallowTypeAnnotations: false }],
    },
  },
  {
    files: ['**/*.cjs'],
    languageOptions: { sourceType: 'commonjs' },
  },
  {
    // Tests may build deliberately loose data and reach into results.
    files: ['test/**/*.ts'],
    rules: { '@typescript-eslint/no-explicit-any': 'off' },
  },
  prettier,
);
