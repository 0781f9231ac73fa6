/**
 * One realm for binary data. Vitest's jsdom environment installs jsdom's own typed-array
 * constructors, while fake-indexeddb (Node's structuredClone), TextEncoder and WebCrypto hand back
 * Node's; Dexie recognises binary values by constructor, so an update() would turn stored
 * Uint8Arrays into plain objects. A browser has one realm; this gives the tests one too.
 */
const TYPED = [
  'Int8Array',
  'Uint8Array',
  'Uint8ClampedArray',
  'Int16Array',
  'Uint16Array',
  'Int32Array',
  'Uint32Array',
  'Float32Array',
  'Float64Array',
  'BigInt64Array',
  'BigUint64Array',
] as const

const g = globalThis as unknown as Record<string, unknown>
for (const name of TYPED) {
  const Ctor = g[name] as new (n: number) => object
  g[name] = structuredClone(new Ctor(0)).constructor
}
g.ArrayBuffer = structuredClone(new ArrayBuffer(0)).constructor

import '@testing-library/jest-dom/vitest'
import { notifications } from '@mantine/notifications'
import { cleanup, configure } from '@testing-library/react'
import { afterEach } from 'vitest'

// findBy*/waitFor give up after 1 s by default: rendering a PDF in jsdom on a loaded 2-core machine
// (several suites at once) takes longer, and a slow machine is not a failure. The tests' own
// timeout (30 s, vitest.config.ts) still ends a wait that never succeeds.
configure({ asyncUtilTimeout: 15_000 })

// jsdom lacks these browser APIs that Mantine relies on.
Object.defineProperty(window, 'matchMedia', {
  writable: true,
  value: (query: string) => ({
    matches: false,
    media: query,
    onchange: null,
    addListener() {},
    removeListener() {},
    addEventListener() {},
    removeEventListener() {},
    dispatchEvent: () => false,
  }),
})
class ResizeObserverStub {
  observe() {}
  unobserve() {}
  disconnect() {}
}
window.ResizeObserver = ResizeObserverStub
// Mantine's autosize textarea listens for web-font loading.
if (!('fonts' in document)) {
  Object.defineProperty(document, 'fonts', { value: new EventTarget() })
}
Element.prototype.scrollIntoView = function scrollIntoView() {}

// Mantine keeps notifications in a module-level store whose auto-close timers live in the unmounted
// <Notifications>: without this, the next test's first render shows the last test's "已保存：…", and a
// test that waits for its own notice reads the database before its save has committed.
afterEach(() => {
  cleanup()
  notifications.clean()
})
