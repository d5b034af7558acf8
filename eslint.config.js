import js from '@eslint/js';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  { ignores: ['dist/**', 'dist-plain/**', 'output/**', 'node_modules/**', 'coverage/**', '.scratch*/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: {
      globals: { process: 'readonly', console: 'readonly', URL: 'readonly', setTimeout: 'readonly', clearTimeout: 'readonly', Buffer: 'readonly' },
    },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': 'error',
      'no-restricted-syntax': [
        'error',
        { selector: "CallExpression[callee.object.name='process'][callee.property.name='exit']", message: 'Only src/cli/main.ts may exit: throw a SecbookError instead.' },
      ],
    },
  },
  {
    files: ['src/cli/main.ts', 'bin/**', 'scripts/**', 'bench/**', 'test/**'],
    // Tests and tools strip ANSI escapes from terminal output.
    rules: { 'no-restricted-syntax': 'off', 'no-control-regex': 'off' },
  },
);
