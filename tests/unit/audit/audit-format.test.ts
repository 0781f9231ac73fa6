/** Audit details as the district's staff read them: localized labels and values, no English keys. */
import { describe, expect, it } from 'vitest'
import type { AuditEntry } from '../../../renderer/src/domain/audit/actions'
import { detailsText, targetLabel } from '../../../renderer/src/features/audit/AuditPage/audit-format'
import { createI18n, languageLoaded } from '../../../renderer/src/i18n'

const entry = (e: Partial<AuditEntry>): AuditEntry => ({
  seq: 1,
  at: '2026-12-04T00:00:00.000Z',
  actorId: 'u',
  actorName: 'admin',
  action: 'export.create',
  targetType: '',
  targetId: '',
  details: {},
  prevHash: '',
  hash: '',
  ...e,
})

// What the repositories write (export-repository, agreement-reading, document-log, settings, backup).
const DETAILS: AuditEntry['details'][] = [
  {
    bundleId: '4c8fc0e3-aaaa',
    period: '2026-11',
    cases: 1,
    identified: false,
    freeText: false,
    incremental: true,
  },
  { verdict: 'altered', sha256: 'ab' },
  { kind: 'agreement', output: 'pdf', copies: 3 },
  { offDays: 30, workingWeekends: 6 },
  { reason: 'auto', size: 100, chunks: 2 },
  { role: 'district' },
  { template: 'save' },
]
const ENGLISH_KEY = /(^|；)[A-Za-z][A-Za-z0-9-]*：/

describe('audit details in zh-CN', () => {
  const t = createI18n('zh-CN').t
  it('have Chinese labels for every key the repositories write', () => {
    for (const d of DETAILS) expect(detailsText(d, t)).not.toMatch(ENGLISH_KEY)
  })

  it('translate enumerated values and targets', () => {
    expect(detailsText({ verdict: 'altered' }, t)).toBe('校验结论：已被篡改')
    expect(detailsText({ bundleId: 'x', cases: 1, identified: false }, t)).toBe(
      '数据包编号：x；案件数：1；含身份信息：否',
    )
    expect(
      targetLabel(
        entry({ targetType: 'export', targetId: '4c8fc0e3-0000-4000-8000-000000000000' }),
        t,
        new Map(),
      ),
    ).toBe('导出 4c8fc0e3')
    expect(targetLabel(entry({ targetType: 'route', targetId: 'export' }), t, new Map())).toBe('页面 导出')
    expect(targetLabel(entry({ targetType: 'settings', targetId: 'holiday-calendar' }), t, new Map())).toBe(
      '设置：节假日日历',
    )
  })
})

describe('audit details in en', () => {
  it('have English labels, not raw keys', async () => {
    // English is loaded on first use (issue 17: only zh-CN is in the first screen's code).
    const english = createI18n('en')
    await languageLoaded(english)
    const t = english.t
    expect(detailsText({ verdict: 'altered', bundleId: 'x' }, t)).toBe('Verdict: altered; Bundle id: x')
  })
})
