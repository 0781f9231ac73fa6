import { describe, expect, it } from 'vitest'
import { caseSchema, type Case } from '../../../renderer/src/domain/cases/case'
import { districtOf } from '../../../renderer/src/domain/export/address'
import { bundleCaseSchema } from '../../../renderer/src/domain/export/bundle-schema'
import {
  ageBandOf,
  deidentifyCase,
  partyLabel,
  scrubTermsOf,
  type KeyedHash,
} from '../../../renderer/src/domain/export/deidentify'
import { maskIdNumber, maskPhone } from '../../../renderer/src/domain/export/masks'
import { scrubText } from '../../../renderer/src/domain/export/scrub'
import { makeOrganisation, makePerson } from '../../builders/cases'

/** A real keyed hash (HMAC-SHA256) under a key of the test's own. */
async function keyedHash(seed = 'org-a'): Promise<KeyedHash> {
  const key = await crypto.subtle.importKey(
    'raw',
    new TextEncoder().encode(seed.padEnd(32, '.')),
    { name: 'HMAC', hash: 'SHA-256' },
    false,
    ['sign'],
  )
  return async (m) =>
    Array.from(new Uint8Array(await crypto.subtle.sign('HMAC', key, new TextEncoder().encode(m))), (b) =>
      b.toString(16).padStart(2, '0'),
    )
      .join('')
      .toUpperCase()
}

function makeCase(overrides: Partial<Case> = {}): Case {
  return caseSchema.parse({
    id: 'case-1',
    caseNo: '（2026）甘人调字第0001号',
    year: 2026,
    seq: 1,
    kind: 'people',
    sector: null,
    status: 'mediating',
    outcome: null,
    source: 'party-application',
    disputeType: 'neighbourhood',
    riskLevel: null,
    mediatorId: 'user-1',
    events: { registered: '2026-03-01', accepted: '2026-03-02' },
    extensionDays: 0,
    judicialConfirmationApplied: false,
    dueDate: '',
    facts: '事实',
    requests: '请求',
    parties: [
      makePerson({
        name: '张三丰',
        phone: '13912345678',
        address: '辽宁省大连市甘井子区中华西路海韵园3号楼5单元1601室',
      }),
      makeOrganisation({ name: '大连明泰建筑劳务有限公司', legalRepresentative: '周梓桂' }),
    ],
    createdAt: '2026-03-01T01:00:00.000Z',
    updatedAt: '2026-03-05T01:00:00.000Z',
    ...overrides,
  })
}

describe('address cut to 区/县', () => {
  it.each([
    ['辽宁省大连市甘井子区中华西路海韵园3号楼5单元1601室', '大连市甘井子区'],
    ['大连市瓦房店市复州城镇八里村3组5号', '大连市瓦房店市'],
    ['大连市长海县獐子岛镇', '大连市长海县'],
    ['北京市朝阳区建国路1号', '北京市朝阳区'],
    ['内蒙古自治区呼和浩特市新城区某路', '呼和浩特市新城区'],
    ['甘井子区泉水街道', '甘井子区'],
    ['泉水小区3号楼', ''],
    ['华联超市旁边平房', ''],
    ['大连市', '大连市'],
    ['', ''],
    ['Room 5, 12 Some Road', ''],
  ])('%s → %s', (address, expected) => {
    expect(districtOf(address)).toBe(expected)
  })
})

describe('masks', () => {
  it('keeps only the region of an ID number, area code and last four of a phone', () => {
    expect(maskIdNumber('21021319971003521X', 'resident-id')).toBe('210213************')
    expect(maskIdNumber('E12345678', 'passport')).toBe('*********')
    expect(maskIdNumber('91210213382967048E', 'credit-code')).toBe('91210213**********')
    expect(maskPhone('13912345678')).toBe('139****5678')
    expect(maskPhone('0411-84123456')).toBe('0411-****3456')
    expect(maskPhone('010-61234567')).toBe('010-****4567')
    expect(maskPhone('')).toBe('')
  })

  it('bands ages', () => {
    expect([13, 14, 17, 18, 34, 35, 59, 60, 90].map(ageBandOf)).toEqual([
      'under-14',
      '14-17',
      '14-17',
      '18-34',
      '18-34',
      '35-59',
      '35-59',
      '60-plus',
      '60-plus',
    ])
  })
})

describe('scrubbing free text', () => {
  const c = makeCase()
  const terms = scrubTermsOf(c.parties)

  it('replaces names, their fragments and forms of address with the party label', () => {
    const out = scrubText('张三丰称，三丰与张先生是同一人，老张和明泰建筑劳务的周梓桂发生争执。', terms)
    expect(out).not.toMatch(/张三丰|三丰|张先生|老张|周梓桂|明泰/)
    expect(out).toContain('当事人甲')
    expect(out).toContain('当事人乙的法定代表人')
  })

  it('reads naturally where the text names the role, and keeps Chinese punctuation', () => {
    const out = scrubText('申请人张三丰家的院墙（约３米）被损坏，被申请人周梓桂称：不知情。', terms)
    expect(out).toContain('申请人甲家')
    expect(out).not.toContain('申请人当事人甲')
    expect(out).toContain('（约3米）')
    expect(out).toContain('，')
    expect(out).toContain('：不知情。')
    expect(out).not.toMatch(/[,:()]/)
  })

  it('masks numbers however they are written, and cuts addresses', () => {
    const out = scrubText(
      '电话139 1234 5678，身份证11010519491231002X，另有13800001111，住辽宁省大连市甘井子区中华西路海韵园3号楼5单元1601室。',
      terms,
    )
    expect(out).not.toMatch(/1234\s?5678|19491231|00001111|海韵园|1601/)
    expect(out).toContain('139****5678')
    expect(out).toContain('110105************')
    expect(out).toContain('大连市甘井子区')
  })
})

describe('deidentifyCase', () => {
  it('gives pseudonyms stable per organisation and nothing that names anyone', async () => {
    const hash = await keyedHash()
    const c = makeCase()
    const a = await deidentifyCase(c, [], { keyedHash: hash, identified: false, includeFreeText: false })
    const b = await deidentifyCase(c, [], { keyedHash: hash, identified: false, includeFreeText: false })
    const other = await deidentifyCase(c, [], {
      keyedHash: await keyedHash('org-b'),
      identified: false,
      includeFreeText: false,
    })
    expect(bundleCaseSchema.parse(a)).toEqual(a)
    // A mediator id that is not a pseudonym — an object's own property names among them, which the
    // district's totals use as keys — makes the case invalid.
    for (const mediatorId of ['__proto__', 'constructor', 'user-1'])
      expect(bundleCaseSchema.safeParse({ ...a, stat: { ...a.stat, mediatorId } }).success).toBe(false)
    expect(a.id).toBe(b.id)
    expect(a.parties.map((p) => p.pseudonym)).toEqual(b.parties.map((p) => p.pseudonym))
    expect(other.id).not.toBe(a.id)
    expect(a.stat.id).toBe(a.id)
    expect(a.stat.mediatorId).toMatch(/^M-/)
    expect(a.parties.map((p) => p.label)).toEqual([partyLabel(0), partyLabel(1)])
    expect(a.parties[0]).toMatchObject({
      district: '大连市甘井子区',
      phone: '139****5678',
      ageBand: '60-plus',
    })
    const text = JSON.stringify(a)
    for (const secret of [
      '张三丰',
      '13912345678',
      '11010519491231002X',
      '海韵园',
      '周梓桂',
      '明泰',
      'case-1',
      'user-1',
      '甘人调字',
    ])
      expect(text).not.toContain(secret)
    expect(a.facts).toBeUndefined()
  })

  it('the same person in two cases has one pseudonym', async () => {
    const hash = await keyedHash()
    const one = await deidentifyCase(makeCase(), [], {
      keyedHash: hash,
      identified: false,
      includeFreeText: false,
    })
    const two = await deidentifyCase(makeCase({ id: 'case-2' }), [], {
      keyedHash: hash,
      identified: false,
      includeFreeText: false,
    })
    expect(two.id).not.toBe(one.id)
    expect(two.parties[0]?.pseudonym).toBe(one.parties[0]?.pseudonym)
  })

  it('an identified export carries who the parties are and the case number', async () => {
    const out = await deidentifyCase(makeCase(), [], {
      keyedHash: await keyedHash(),
      identified: true,
      includeFreeText: true,
    })
    expect(out.caseNo).toBe('（2026）甘人调字第0001号')
    expect(out.parties[0]?.identity).toMatchObject({ name: '张三丰', phone: '13912345678' })
    expect(out.facts).toBe('事实')
  })
})
