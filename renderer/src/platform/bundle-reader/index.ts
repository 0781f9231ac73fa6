/** Reading export bundles off the main thread (see worker-opener.ts). */
export { createWorkerOpener, openBundleInWorker, ReaderClosedError } from './worker-opener'
export { serveBundleReader } from './host'
export type { FromReader, ReaderPort, ReaderWorker, ToReader } from './protocol'
