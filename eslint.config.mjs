// ESLint flat config. The engine must stay pure: no editor API and no Node built-ins.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  { ignores: ['dist/**', 'out/**', 'node_modules/**', '.vscode-test/**', 'test-fixtures/**', 'bin/**', 'scripts/**', 'esbuild.mjs', 'eslint.config.mjs'] },
  js.configs.recommended,
  {
    // Node scripts of the test hosts (and the page script they inject into the workbench).
    files: ['test/**/*.mjs', 'test/**/*.js'],
    languageOptions: {
      globals: { process: 'readonly', console: 'readonly', setTimeout: 'readonly', clearTimeout: 'readonly', Buffer: 'readonly', URL: 'readonly', Element: 'readonly' },
    },
  },
  ...tseslint.configs.recommended,
  {
    files: ['**/*.ts'],
    languageOptions: {
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
    },
    rules: {
      '@typescript-eslint/no-floating-promises': 'error',
      '@typescript-eslint/no-misused-promises': 'error',
      '@typescript-eslint/await-thenable': 'error',
      '@typescript-eslint/consistent-type-imports': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
      'no-console': 'off',
    },
  },
  {
    // node:test's describe/it return promises that the runner itself awaits.
    files: ['**/test/**/*.ts'],
    rules: {
      '@typescript-eslint/no-floating-promises': ['error', {
        allowForKnownSafeCalls: [{ from: 'package', package: 'node:test', name: ['describe', 'it', 'test', 'suite', 'before', 'after', 'beforeEach', 'afterEach'] }],
      }],
    },
  },
  {
    files: ['server/src/engine/**/*.ts'],
    rules: {
      'no-restricted-imports': ['error', {
        patterns: [
          { group: ['vscode', 'vscode-*', 'vscode*'], message: 'The engine is pure: no editor API.' },
          { group: ['node:*', 'fs', 'path', 'os', 'child_process', 'worker_threads', 'util', 'crypto', 'stream'], message: 'The engine is pure: no Node built-ins.' },
        ],
      }],
      'no-restricted-globals': ['error', 'process', 'Buffer', 'require', '__dirname', '__filename'],
    },
  },
  {
    // The import conversion (text and HTML → Markdown) is pure like the engine; only reading files
    // and Word documents uses Node, in file.ts and docx.ts.
    files: ['server/src/import/**/*.ts'],
    ignores: ['server/src/import/file.ts', 'server/src/import/docx.ts'],
    rules: {
      'no-restricted-imports': ['error', {
        patterns: [
          { group: ['vscode', 'vscode-*', 'vscode*'], message: 'The import conversion is pure: no editor API.' },
          { group: ['node:*', 'fs', 'path', 'os', 'child_process', 'worker_threads', 'util', 'crypto', 'stream', 'mammoth'], message: 'The import conversion is pure: Node and .docx reading belong in file.ts and docx.ts.' },
        ],
      }],
      'no-restricted-globals': ['error', 'process', 'Buffer', 'require', '__dirname', '__filename'],
    },
  },
  {
    // The client knows nothing about rules: it talks to the server. The one file it may import is
    // the protocol (setting names, request and command ids: strings and types only).
    files: ['client/**/*.ts'],
    rules: {
      'no-restricted-imports': ['error', {
        patterns: [{
          regex: '(?:^|/)server(?:$|/(?!src/lsp/protocol(?:\\.js)?$))|(?:^|/)engine(?:/|$)|/protocol(?:\\.js)?/',
          message: 'The client knows nothing about rules: talk to the server (only server/src/lsp/protocol.ts may be imported).',
        }],
      }],
    },
  },
);
