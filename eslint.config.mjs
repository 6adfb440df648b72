// Type-aware lint as errors, plus the process boundaries from STYLE.md: which folder may import
// what decides where code can run.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';

const electronAllowed = [
  'main/index.ts',
  'main/window/**',
  'main/ipc/register.ts',
  'main/notifier/**',
  'preload/**',
];

const noElectron = {
  name: 'electron',
  message: 'Only main/index.ts, main/window/, main/ipc/register.ts, the notifier and preload/ may import electron.',
};
const nodeBuiltins = {
  group: ['node:*', 'fs', 'path', 'os', 'child_process', 'worker_threads', 'better-sqlite3'],
  message: 'This code runs outside Node: no Node built-ins or native modules here.',
};

export default tseslint.config(
  {
    ignores: ['out/**', 'dist/**', 'release/**', 'node_modules/**', '.tmp/**', 'test-results/**', 'playwright-report/**', 'scripts/**/*.mjs', 'eslint.config.mjs'],
  },
  js.configs.recommended,
  ...tseslint.configs.recommendedTypeChecked,
  {
    languageOptions: {
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
      globals: { ...globals.node },
    },
    rules: {
      '@typescript-eslint/no-floating-promises': 'error',
      '@typescript-eslint/consistent-type-imports': 'error',
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/ban-ts-comment': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', destructuredArrayIgnorePattern: '^_' }],
      '@typescript-eslint/require-await': 'off',
      'no-restricted-imports': ['error', { paths: [noElectron] }],
    },
  },
  {
    files: electronAllowed,
    rules: { 'no-restricted-imports': 'off' },
  },
  {
    // ipcMain/ipcRenderer only in the one registration file and the preload.
    files: ['main/index.ts', 'main/window/**', 'main/notifier/**'],
    rules: {
      'no-restricted-imports': ['error', { paths: [{ name: 'electron', importNames: ['ipcMain', 'ipcRenderer'], message: 'Use main/ipc/register.ts.' }] }],
    },
  },
  {
    files: ['renderer/**/*.{ts,tsx}'],
    plugins: { 'react-hooks': reactHooks },
    languageOptions: { globals: { ...globals.browser } },
    rules: {
      ...reactHooks.configs.recommended.rules,
      'no-restricted-imports': [
        'error',
        {
          paths: [noElectron],
          patterns: [nodeBuiltins, { group: ['**/main/**', '**/db/**', '**/preload/**'], message: 'The renderer talks to main only through lib/api.ts.' }],
        },
      ],
    },
  },
  {
    files: ['shared/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [noElectron],
          patterns: [nodeBuiltins, { group: ['**/main/**', '**/db/**', '**/renderer/**', '**/preload/**'], message: 'shared/ depends on nothing but libraries.' }],
        },
      ],
    },
  },
  {
    files: ['db/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        { paths: [noElectron], patterns: [{ group: ['**/main/**', '**/renderer/**', '**/preload/**'], message: 'db/ is below main: it must not import it.' }] },
      ],
    },
  },
  {
    // Migrations are history: they never import app code.
    files: ['db/migrations/0*.ts'],
    rules: {
      'no-restricted-imports': ['error', { paths: [noElectron], patterns: [{ group: ['../*', './*'], message: 'A migration must not import app code.' }] }],
    },
  },
  {
    files: ['tests/**/*.ts'],
    rules: {
      '@typescript-eslint/unbound-method': 'off',
      'no-restricted-imports': 'off',
    },
  },
);
