/**
 * The bundle-reading Worker (a module worker, built by Vite into its own file and loaded from the
 * app's origin: `worker-src 'self'` in the CSP). Everything that touches a bundle's bytes runs here.
 */
import { serveBundleReader } from './host'
import type { ReaderPort } from './protocol'

serveBundleReader(globalThis as unknown as ReaderPort)
