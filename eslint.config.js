import js from '@eslint/js';
import globals from 'globals';
import reactHooks from 'eslint-plugin-react-hooks';
import tseslint from 'typescript-eslint';
import { importBoundaries } from './tests/lint/import-boundaries.js';

export default tseslint.config(
  { ignores: ['dist', 'dist-demo', 'node_modules', 'mocks/public', 'src/api/schema.gen.ts', 'test-results', 'playwright-report'] },
  {
    files: ['**/*.{ts,tsx}'],
    extends: [js.configs.recommended, ...tseslint.configs.recommended],
    languageOptions: { ecmaVersion: 2022, globals: { ...globals.browser, ...globals.node } },
    plugins: { 'react-hooks': reactHooks, portal: { rules: { 'import-boundaries': importBoundaries } } },
    rules: {
      ...reactHooks.configs.recommended.rules,
      'portal/import-boundaries': 'error',
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/consistent-type-imports': 'error',
      'no-console': ['error', { allow: ['warn', 'error', 'info'] }],
    },
  },
  {
    files: ['tests/**/*.{ts,tsx}'],
    rules: {
      'no-restricted-properties': [
        'error',
        { object: 'it', property: 'only', message: 'Do not commit focused tests.' },
        { object: 'test', property: 'only', message: 'Do not commit focused tests.' },
        { object: 'describe', property: 'only', message: 'Do not commit focused tests.' },
        { object: 'it', property: 'skip', message: 'Do not commit skipped tests.' },
        { object: 'test', property: 'skip', message: 'Do not commit skipped tests.' },
        { object: 'describe', property: 'skip', message: 'Do not commit skipped tests.' },
      ],
      'no-console': 'off',
    },
  },
  {
    files: ['mocks/**/*.{ts,tsx}', 'tests/bench/**', 'tests/e2e/**'],
    rules: { 'no-console': 'off' },
  },
);
