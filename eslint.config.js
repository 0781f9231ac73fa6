// @ts-check
/**
 * Lint, including the layer rules of the architecture (README "Architecture"):
 *   app → features → documents → data → domain, and platform beside them.
 * Imports only point downward; each folder's forbidden imports are listed once below.
 */
import js from '@eslint/js'
import reactHooks from 'eslint-plugin-react-hooks'
import globals from 'globals'
import tseslint from 'typescript-eslint'

const ban = (names, message) => ({ group: names, message })

const NO_MAIN = ban(['**/main/**', '!**/main.tsx'], 'The renderer never imports main-process code.')
const NO_NODE = ban(['node:*'], 'The renderer runs sandboxed: no Node APIs.')
// Bare built-in names are exact paths: as patterns they would also catch our own '../crypto/…'.
const NODE_BUILTINS = ['fs', 'path', 'os', 'child_process', 'crypto', 'buffer', 'stream'].map((name) => ({
  name,
  message: 'The renderer runs sandboxed: no Node APIs.',
}))
const NO_ELECTRON = ban(
  ['electron'],
  'Only main/ and preload/ import electron; the renderer goes through platform/.',
)
const NO_DEXIE = ban(['dexie', 'dexie-react-hooks'], 'Only data/ touches Dexie; screens call repositories.')
const NO_UI = ban(
  ['react', 'react-dom', 'react-*', '@mantine/*', '@tabler/*', 'i18next'],
  'This layer is UI-free.',
)
// domain/ is the bottom layer, whatever its folders are called (domain/documents holds the pure rules
// of documents): an import that goes into domain/ is never upward.
const up = (...layers) =>
  ban(
    [...layers.map((l) => `**/${l}/**`), ...layers.map((l) => `**/${l}`), '!**/domain/**'],
    `Imports point downward only; this layer may not import ${layers.join(', ')}.`,
  )

const restrict = (...groups) => ({
  'no-restricted-imports': [
    'error',
    { paths: NODE_BUILTINS, patterns: [NO_MAIN, NO_NODE, NO_ELECTRON, ...groups] },
  ],
})

export default tseslint.config(
  {
    ignores: ['out/**', 'dist/**', 'node_modules/**', 'test-results/**', 'playwright-report/**', 'bench/**'],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['**/*.{ts,tsx}'],
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': ['error', { fixStyle: 'inline-type-imports' }],
      'no-console': ['error', { allow: ['error', 'warn'] }],
    },
  },
  {
    files: ['renderer/**/*.{ts,tsx}'],
    plugins: { 'react-hooks': reactHooks },
    languageOptions: { globals: globals.browser },
    rules: { ...reactHooks.configs.recommended.rules, ...restrict() },
  },
  {
    files: ['renderer/src/domain/**/*.ts'],
    rules: {
      ...restrict(NO_DEXIE, NO_UI, up('data', 'documents', 'features', 'app', 'platform', 'i18n')),
      // Pure TypeScript: no DOM either.
      'no-restricted-globals': ['error', 'window', 'document', 'localStorage', 'indexedDB', 'navigator'],
    },
  },
  {
    files: ['renderer/src/data/**/*.ts'],
    rules: restrict(NO_UI, up('documents', 'features', 'app', 'platform')),
  },
  {
    files: ['renderer/src/documents/**/*.ts'],
    rules: restrict(NO_DEXIE, NO_UI, up('features', 'app', 'platform')),
  },
  {
    files: ['renderer/src/features/**/*.{ts,tsx}'],
    rules: restrict(
      NO_DEXIE,
      ban(
        ['**/data/schema', '**/data/repositories/**', '**/data/codec/**'],
        'Features use the repositories through data/index.',
      ),
      up('app'),
    ),
  },
  {
    files: ['renderer/src/platform/**/*.ts'],
    rules: restrict(NO_DEXIE, NO_UI, up('data', 'documents', 'features', 'app')),
  },
  {
    files: ['main/**/*.ts', 'preload/**/*.ts'],
    languageOptions: { globals: globals.node },
    rules: {
      'no-restricted-imports': [
        'error',
        { patterns: [ban(['**/renderer/**'], 'main/ and preload/ never import the renderer.')] },
      ],
    },
  },
  {
    files: ['preload/contract.ts', 'preload/channels.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        { patterns: [ban(['electron'], 'The IPC contract imports nothing from electron.')] },
      ],
    },
  },
  {
    files: ['tests/**/*.{ts,tsx}', '*.config.{ts,js}', 'eslint.config.js'],
    languageOptions: { globals: { ...globals.node, ...globals.browser } },
  },
)
