// ESLint (flat config): typescript-eslint's type-aware recommended rules over every TypeScript project, import
// cycles (import-x/no-cycle), and the one boundary the tsconfig references also hold: the extension and its webview
// import shared/, never the server's internals. Formatting is Prettier's job (.prettierrc.json), not ESLint's.
import js from '@eslint/js';
import { createTypeScriptImportResolver } from 'eslint-import-resolver-typescript';
import { importX } from 'eslint-plugin-import-x';
import globals from 'globals';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  {
    ignores: [
      'dist/',
      'dist-vsix/',
      'out/',
      'coverage/',
      '.vscode-test/',
      '.tmp/',
      'media/preview.js',
      'bench/.cache/',
      'bench/peer/',
      'server/src/service/schema/generated/',
      'test/fixtures/',
    ],
  },
  { linterOptions: { reportUnusedDisableDirectives: 'error' } },
  js.configs.recommended,
  tseslint.configs.recommendedTypeChecked,
  {
    files: ['**/*.ts'],
    languageOptions: {
      // Each file is checked with the tsconfig project it belongs to (tsconfig.json lists them all).
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
    },
    plugins: { 'import-x': importX },
    settings: {
      // import-x reads only .js files unless told otherwise.
      'import-x/extensions': ['.ts', '.js', '.mjs', '.cjs'],
      'import-x/parsers': { '@typescript-eslint/parser': ['.ts'] },
      'import-x/resolver-next': [createTypeScriptImportResolver({ project: ['tsconfig.base.json'] })],
    },
    rules: {
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/no-floating-promises': [
        'error',
        // node:test's describe/it return promises the runner awaits itself.
        {
          allowForKnownSafeCalls: [{ from: 'package', package: 'node:test', name: ['describe', 'it', 'test', 'suite', 'before', 'after'] }],
        },
      ],
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrors: 'none' }],
      'import-x/no-cycle': ['error', { ignoreExternal: true }],
    },
  },
  {
    files: ['client/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              regex: '(^|/)server/',
              message: 'The extension talks to the server over LSP only: import what both sides need from @trial-record/shared/*.',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['shared/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        { patterns: [{ regex: '(^|/)(server|client)/', message: 'shared/ depends on neither the server nor the client.' }] },
      ],
    },
  },
  {
    // Plain JavaScript: the build and test scripts (Node) — no type information.
    files: ['**/*.{js,mjs,cjs}'],
    extends: [tseslint.configs.disableTypeChecked],
    languageOptions: { globals: globals.node },
  },
  {
    // Its page.evaluate callbacks run in the browser.
    files: ['scripts/screenshot.mjs'],
    languageOptions: { globals: { ...globals.node, ...globals.browser } },
  },
);
