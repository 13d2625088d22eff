// @ts-check
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import astro from 'eslint-plugin-astro';
import prettier from 'eslint-config-prettier';
import globals from 'globals';

/**
 * Lint for the generator, its scripts and its tests: typescript-eslint with type information on
 * TypeScript, the recommended rules on JavaScript and Astro components, and nothing that Prettier
 * decides (layout is Prettier's: .prettierrc.json). `npm run lint` runs it; CI runs it in `npm run check`.
 */
export default tseslint.config(
  { ignores: ['dist/', 'dist-*/', 'dist-test/', '.astro/', '.mutation-*/', 'node_modules/', 'scripts/bench/baseline/', '**/.*.scrutiny-*/'] },
  js.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node } },
  },
  {
    files: ['**/*.ts'],
    extends: [tseslint.configs.recommendedTypeChecked],
    languageOptions: { parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname } },
    rules: {
      // A name starting "_" is kept on purpose (a field taken out of an object by destructuring).
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', destructuredArrayIgnorePattern: '^_' }],
    },
  },
  {
    // Tests read what the build wrote (JSON, XML, CSV, iCalendar) into untyped values and check
    // them with expect(); typing every parsed document would say nothing the assertions do not.
    files: ['tests/**/*.ts'],
    rules: {
      '@typescript-eslint/no-unsafe-member-access': 'off',
      '@typescript-eslint/no-unsafe-assignment': 'off',
      '@typescript-eslint/no-unsafe-call': 'off',
      '@typescript-eslint/no-unsafe-argument': 'off',
      '@typescript-eslint/no-unsafe-return': 'off',
      '@typescript-eslint/no-explicit-any': 'off',
    },
  },
  {
    files: ['src/scripts/**/*.ts'],
    languageOptions: { globals: { ...globals.browser } },
  },
  ...astro.configs.recommended,
  prettier,
);
