// @ts-check
/**
 * Lint, including the layer rules of the architecture (README "Architecture"):
 *   app → features → components → output → data → domain, with platform beside them and the demo
 *   generator (demo/) on top of domain only, loaded with import() on first use.
 * Imports only point downward; each folder's forbidden imports are listed once below. Between
 * feature folders the `local/feature-border` rule holds: a feature reaches another only through
 * that feature's index.ts.
 */
import path from 'node:path'
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

const NO_STATIC_DEMO = ban(
  ['**/demo', '**/demo/**'],
  'The demo generator is loaded with import() on first use, never bundled into the first screen.',
)

const restrict = (...groups) => ({
  'no-restricted-imports': [
    'error',
    { paths: NODE_BUILTINS, patterns: [NO_MAIN, NO_NODE, NO_ELECTRON, ...groups] },
  ],
})

const FEATURES = path.resolve(import.meta.dirname, 'renderer/src/features')

/**
 * A feature folder imports itself, features/shared and the lower layers; another feature only
 * through that feature's index.ts (`../cases`, never `../cases/CaseListPage/CaseTable`), so each
 * feature's inside can change without touching the others.
 */
const featureBorder = {
  meta: {
    type: 'problem',
    messages: {
      border: 'Feature "{{from}}" may use feature "{{to}}" only through its index.ts (import "{{entry}}").',
      shared: 'features/shared is shared by every feature and may not import a feature ("{{to}}").',
    },
    schema: [],
  },
  create(context) {
    const file = path.resolve(context.filename)
    const own = path.relative(FEATURES, file).split(path.sep)
    if (own.length < 2 || own[0] === '..') return {}
    const from = own[0]
    const check = (node) => {
      const spec = node.source && node.source.type === 'Literal' ? node.source.value : null
      if (typeof spec !== 'string' || !spec.startsWith('.')) return
      const target = path.relative(FEATURES, path.resolve(path.dirname(file), spec)).split(path.sep)
      const to = target[0]
      if (!to || to === '..' || to === from) return
      if (from === 'shared') {
        context.report({ node: node.source, messageId: 'shared', data: { to } })
        return
      }
      if (to === 'shared') return
      const rest = target.slice(1)
      if (rest.length === 0 || (rest.length === 1 && /^index(\.tsx?)?$/.test(rest[0]))) return
      const entry = path.relative(path.dirname(file), path.join(FEATURES, to)).split(path.sep).join('/')
      context.report({ node: node.source, messageId: 'border', data: { from, to, entry } })
    }
    return {
      ImportDeclaration: check,
      ExportNamedDeclaration: check,
      ExportAllDeclaration: check,
      ImportExpression: check,
    }
  },
}

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
    files: ['renderer/src/features/**/*.{ts,tsx}'],
    plugins: { local: { rules: { 'feature-border': featureBorder } } },
    rules: { 'local/feature-border': 'error' },
  },
  {
    files: ['renderer/src/domain/**/*.ts'],
    rules: {
      ...restrict(
        NO_DEXIE,
        NO_UI,
        up('data', 'output', 'components', 'features', 'app', 'platform', 'i18n', 'demo'),
      ),
      // Pure TypeScript: no DOM either.
      'no-restricted-globals': ['error', 'window', 'document', 'localStorage', 'indexedDB', 'navigator'],
    },
  },
  {
    files: ['renderer/src/data/**/*.ts'],
    rules: restrict(NO_UI, up('output', 'components', 'features', 'app', 'platform', 'demo')),
  },
  {
    // A released schema version is frozen: its upgrade copies what it needs (which statuses were
    // open then…) rather than calling today's domain code, which may change. Row types come from
    // ./rows (type imports only); nothing else outside data/schema/.
    files: ['renderer/src/data/schema/v*.ts'],
    rules: restrict(
      NO_UI,
      up('output', 'components', 'features', 'app', 'platform', 'demo'),
      ban(
        ['**/domain', '**/domain/**', '../*', '../**'],
        'A schema version is frozen: it copies what it needs and imports nothing from domain/ or the rest of data/.',
      ),
    ),
  },
  {
    // Everything that makes bytes: documents, signatures, export bundles, statutory tables.
    files: ['renderer/src/output/**/*.ts'],
    rules: restrict(NO_DEXIE, NO_UI, up('components', 'features', 'app', 'platform', 'demo')),
  },
  {
    // Shared widgets: UI, but no repositories, no platform, no feature.
    files: ['renderer/src/components/**/*.{ts,tsx}'],
    rules: restrict(
      NO_DEXIE,
      ban(['**/data', '**/data/**'], 'Components get their data from the feature that uses them.'),
      up('features', 'app', 'platform', 'demo'),
    ),
  },
  {
    // The demo generator: pure, on top of domain only.
    files: ['renderer/src/demo/**/*.ts'],
    rules: {
      ...restrict(NO_DEXIE, NO_UI, up('data', 'output', 'components', 'features', 'app', 'platform', 'i18n')),
      'no-restricted-globals': ['error', 'window', 'document', 'localStorage', 'indexedDB', 'navigator'],
    },
  },
  {
    files: ['renderer/src/features/**/*.{ts,tsx}'],
    rules: restrict(
      NO_DEXIE,
      ban(
        ['**/data/schema', '**/data/schema/**', '**/data/repositories/**', '**/data/codec/**'],
        'Features use the repositories through data/index.',
      ),
      NO_STATIC_DEMO,
      up('app'),
    ),
  },
  {
    files: ['renderer/src/platform/**/*.ts'],
    rules: restrict(NO_DEXIE, NO_UI, up('data', 'output', 'components', 'features', 'app', 'demo')),
  },
  {
    files: ['renderer/src/app/**/*.{ts,tsx}'],
    rules: restrict(NO_STATIC_DEMO),
  },
  {
    // Command-line tools (bundle:verify, docs:samples…): Node programs over the renderer's pure layers.
    files: ['renderer/cli/**/*.ts'],
    languageOptions: { globals: globals.node },
    rules: {
      'no-restricted-imports': [
        'error',
        { patterns: [NO_MAIN, NO_ELECTRON, up('components', 'features', 'app')] },
      ],
    },
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
