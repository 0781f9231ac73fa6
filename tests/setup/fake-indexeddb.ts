import 'fake-indexeddb/auto'

// Every freshly sealed row must be written where the audit chain records its revision: a write
// outside `audit.commit` would later read as a row put back (data/audit/row-revisions.ts).
import { afterEach as afterEachTest } from 'vitest'
import { takeUnrecorded } from '../../renderer/src/data/audit/row-revisions'
afterEachTest(() => {
  const tables = takeUnrecorded()
  if (tables.length && process.env.REVISIONS_REPORT) console.warn(`UNRECORDED ${tables.join(',')}`)
})
