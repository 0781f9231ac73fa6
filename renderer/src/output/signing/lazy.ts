/**
 * The signing port for the app: the same as `signingPort`, but node-forge and pdf-lib are loaded
 * only when something is first signed, verified or certified, not with the app's first screen.
 */
import type { SigningPort } from '../../data'

const load = () => import('.').then((m) => m.signingPort)

export const lazySigningPort: SigningPort = {
  createSelfIssued: async (...args) => (await load()).createSelfIssued(...args),
  importPkcs12: async (...args) => (await load()).importPkcs12(...args),
  describe: async (...args) => (await load()).describe(...args),
  fingerprint: async (...args) => (await load()).fingerprint(...args),
  sign: async (...args) => (await load()).sign(...args),
  inspect: async (...args) => (await load()).inspect(...args),
}
