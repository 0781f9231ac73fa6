/**
 * De-identification, end to end: cases registered with unique markers in every party name (and the
 * agents', guardians' and legal representatives'), ID number, phone and address — the same markers
 * written into the free text — plus counselling files and a referral full of markers. A bundle with
 * free text chosen contains none of them, in any file (the XLSX unpacked too), and the export never
 * opens a counselling, referral, person, document or attachment table.
 */
import { unzipSync } from 'fflate'
import { beforeAll, describe, expect, it } from 'vitest'
import { residentIdCheckChar } from '../../../renderer/src/domain/ids/resident-id'
import { makeOrganisation, makePerson, makeRegistration } from '../../builders/cases'
import { makeClient, makeConsent, makeSessionNote, userSession } from '../../builders/counselling'
import { exportFrom, roomWorkspace, type Workspace } from '../../builders/export'
import { type setUpWorkspace } from '../../builders/session'

/** Rare characters, so a marker can only be in a bundle because it was copied there. */
const RARE = '鼋鼍鼐鼒龃龉龌龊夔饕餮魑魅魍魉蘡蘩虺虿蚍蜉螭螣'
function marker(n = 3): string {
  return Array.from(crypto.getRandomValues(new Uint8Array(n)), (b) => RARE[b % RARE.length]).join('')
}

/** A valid 居民身份证 number (Dalian, born 1980-1990) with random sequence digits. */
function residentId(male: boolean): string {
  const r = crypto.getRandomValues(new Uint32Array(2))
  const birth = `19${80 + ((r[0] as number) % 10)}0${1 + ((r[0] as number) % 9)}1${(r[1] as number) % 10}`
  const seq = String(((r[1] as number) % 50) * 10 + (male ? 1 : 2) + ((r[0] as number) % 4) * 2).padStart(
    3,
    '0',
  )
  const first17 = `210211${birth}${seq}`.slice(0, 17)
  return first17 + residentIdCheckChar(first17)
}

const phone = () =>
  `139${String(crypto.getRandomValues(new Uint32Array(1))[0])
    .padStart(8, '0')
    .slice(0, 8)}`

interface Planted {
  names: string[]
  ids: string[]
  phones: string[]
  addresses: string[]
  counselling: string[]
}

let room: Workspace
const planted: Planted = { names: [], ids: [], phones: [], addresses: [], counselling: [] }

async function registerMarkedCase(ws: Workspace) {
  const [a, b, agent, guardian, rep] = [marker(), marker(), marker(), marker(), marker()]
  const [idA, idB] = [residentId(true), residentId(false)]
  const [phoneA, phoneB, phoneOrg] = [phone(), phone(), phone()]
  const [street, orgStreet] = [`${marker(2)}路`, `${marker(2)}街`]
  const org = `大连${marker(2)}物业有限公司`
  planted.names.push(a, b, agent, guardian, rep, org)
  planted.ids.push(idA, idB)
  planted.phones.push(phoneA, phoneB, phoneOrg)
  planted.addresses.push(street, orgStreet)
  const facts = `申请人${a}（身份证${idA}，电话${phoneA}，住大连市甘井子区${street}8号）与被申请人${b}（${idB}，${phoneB.slice(0, 3)} ${phoneB.slice(3, 7)} ${phoneB.slice(7)}）因漏水发生纠纷，${a.slice(0, 1)}女士称${b.slice(1)}拒不维修，代理人${agent}、监护人${guardian}到场，${org}法定代表人${rep}（电话${phoneOrg}，${orgStreet}1号）表示协调。`
  return ws.mediator.cases.register(
    makeRegistration({
      facts,
      requests: `请求${b}赔偿，联系${phoneA}。`,
      parties: [
        makePerson({
          name: a,
          gender: 'male',
          birthDate: '',
          idNumber: idA,
          phone: phoneA,
          address: `辽宁省大连市甘井子区${street}8号2单元301室`,
          agent: { name: agent, phone: phone(), idNumber: '', powerOfAttorney: true },
        }),
        makePerson({
          name: b,
          role: 'respondent',
          gender: 'female',
          birthDate: '',
          idNumber: idB,
          phone: phoneB,
          address: `大连市沙河口区${street}9号`,
          lacksCapacity: true,
          guardian: { name: guardian, relation: '配偶', phone: phone() },
        }),
        makeOrganisation({
          name: org,
          role: 'third-party',
          legalRepresentative: rep,
          phone: phoneOrg,
          address: `大连市中山区${orgStreet}1号`,
        }),
      ],
    }),
  )
}

beforeAll(async () => {
  room = await roomWorkspace({ cases: 5 })
  const cases = [
    await registerMarkedCase(room),
    await registerMarkedCase(room),
    await registerMarkedCase(room),
  ]
  // Counselling beside the cases: a counsellor's client and notes, and a referral from a case.
  const counsellor = await userSession(
    { db: room.db, repos: room.repos } as Awaited<ReturnType<typeof setUpWorkspace>>,
    'counsellor1',
    ['counsellor'],
  )
  const [client, note, contact, referred, reason] = [marker(), marker(4), phone(), marker(), marker(4)]
  planted.counselling.push(client, note, contact, referred, reason)
  const c = await counsellor.repos.counselling.createClient(makeClient({ name: client, contact }))
  await counsellor.repos.counselling.addRecord(c.id, 'consent', makeConsent({ signerName: client }))
  await counsellor.repos.counselling.addRecord(
    c.id,
    'session',
    makeSessionNote({ freeText: note, presentingConcern: note }),
  )
  await room.mediator.referrals.create((cases[0] as { id: string }).id, {
    counsellorId: counsellor.id,
    name: referred,
    contact: phone(),
    reason,
    consent: { given: true, date: '2026-03-02' },
  })
  expect(await room.db.counsellingRecords.count()).toBeGreaterThan(0)
  expect(await room.db.referrals.count()).toBe(1)
})

/** Every text in the bundle: each file, and each file inside the XLSX (itself a zip). */
function texts(zip: Uint8Array): string[] {
  const out: string[] = []
  for (const [name, data] of Object.entries(unzipSync(zip))) {
    if (name.endsWith('.xlsx')) out.push(...texts(data))
    else out.push(new TextDecoder().decode(data))
  }
  return out
}

describe('de-identification markers', () => {
  it('a bundle with free text holds none of the planted names, numbers or addresses, nor anything of counselling', async () => {
    // A spy on every table of the room's database: which ones does an export reach?
    const touched = new Set<string>()
    for (const table of room.db.tables) {
      Object.defineProperty(room.db, table.name, {
        configurable: true,
        get: () => {
          touched.add(table.name)
          return table
        },
      })
    }
    const named = room.db.table.bind(room.db)
    room.db.table = ((name: string) => {
      touched.add(name)
      return named(name)
    }) as typeof room.db.table
    const bundle = await exportFrom(room, { includeFreeText: true, incremental: false })
    const all = texts(bundle.bytes).join('\n')
    expect(bundle.manifest.counts.cases).toBe(8)
    // Free text is there (scrubbed), so the test looks where markers could have leaked.
    expect(all).toContain('因漏水发生纠纷')
    const leaks = [
      ...planted.names,
      ...planted.addresses,
      ...planted.counselling,
      ...planted.ids,
      ...planted.ids.map((id) => id.slice(6)),
      ...planted.phones,
      // The 8 digits a mask hides (4 alone would turn up by chance in any hex hash).
      ...planted.phones.map((p) => p.slice(3)),
    ].filter((m) => all.includes(m))
    expect(leaks).toEqual([])
    // Single marker characters of names would betray fragments too.
    for (const name of planted.names.filter((n) => !n.startsWith('大连'))) {
      for (const ch of name) expect(all.includes(ch), `${name}: ${ch}`).toBe(false)
    }
    for (const table of [
      'counsellingClients',
      'counsellingRecords',
      'referrals',
      'persons',
      'documents',
      'documentFiles',
      'attachments',
      'drafts',
    ]) {
      expect(touched.has(table), table).toBe(false)
    }
    expect(touched.has('cases')).toBe(true)
  })

  it('without free text, no facts or requests leave at all', async () => {
    const bundle = await exportFrom(room, { incremental: false })
    const all = texts(bundle.bytes).join('\n')
    expect(all).not.toContain('漏水')
    expect(all).not.toContain('"facts"')
  })
})
