import { resolve } from 'node:path'
import { defineConfig } from 'electron-vite'
import react from '@vitejs/plugin-react'
import type { Plugin } from 'vite'
import { CONTENT_SECURITY_POLICY } from './main/security/csp'

const root = import.meta.dirname

/** The built renderer carries the CSP as a meta tag too, so the browser mode is as strict as Electron. */
function cspMeta(): Plugin {
  return {
    name: 'csp-meta',
    apply: 'build',
    transformIndexHtml: (html) =>
      html.replace(
        '<meta charset="UTF-8" />',
        `<meta charset="UTF-8" />\n    <meta http-equiv="Content-Security-Policy" content="${CONTENT_SECURITY_POLICY}" />`,
      ),
  }
}

export default defineConfig({
  main: {
    build: {
      // Main's few packages (zod, fflate) are bundled in: the packaged app ships no node_modules.
      externalizeDeps: false,
      rolldownOptions: { input: { index: resolve(root, 'main/index.ts') } },
    },
  },
  preload: {
    build: {
      // A sandboxed preload cannot require() packages: bundle everything into one CommonJS file.
      externalizeDeps: false,
      rolldownOptions: {
        input: { index: resolve(root, 'preload/index.ts') },
        output: { format: 'cjs', entryFileNames: '[name].cjs' },
      },
    },
  },
  renderer: {
    root: resolve(root, 'renderer'),
    build: {
      // electron-vite leaves the renderer unminified by default; minified, the first screen's JS is
      // about a third (issue 17: cold start).
      minify: true,
      rolldownOptions: {
        input: {
          index: resolve(root, 'renderer/index.html'),
          // The benchmark page is built only for `npm run bench`, never shipped in the app.
          ...(process.env.BENCH
            ? {
                bench: resolve(root, 'renderer/bench/index.html'),
                // The cold-start baseline: a bare Mantine shell, same toolchain.
                'bench-shell': resolve(root, 'renderer/bench/shell.html'),
              }
            : {}),
        },
      },
    },
    plugins: [react(), cspMeta()],
    // The bundle reader is a module worker (new Worker(url, { type: 'module' })): ES output, so it can
    // load its own chunks (node-forge only when a bundle is checked without a registry).
    worker: { format: 'es' },
  },
})
