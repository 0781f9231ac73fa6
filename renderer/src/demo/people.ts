/**
 * Demo people and organisations: common (and some two-character) surnames, given names, Dalian
 * addresses, valid 居民身份证 numbers (GB 11643 check digit), mobile numbers, and organisations
 * with valid 统一社会信用代码 (GB 32100, with a GB 11714 organisation code inside). The name and
 * code data they draw on is in people-data.ts; the places in places.ts.
 */
import type { Gender, PartyRole } from '../domain/cases/catalogues'
import type { PartyInput } from '../domain/cases/party'
import { creditCodeCheckChar } from '../domain/ids/credit-code'
import { residentIdCheckChar } from '../domain/ids/resident-id'
import {
  COMPOUNDS,
  DISTRICT_WEIGHTS,
  LEGACY_DALIAN_REGIONS,
  OTHER_BIRTH_REGIONS,
  RURAL_DISTRICT_WEIGHTS,
  type District,
} from './places'
import {
  BRAND_CHARS,
  ETHNICITIES,
  FEMALE_CHARS,
  MALE_CHARS,
  MIDDLE_CHARS,
  MOBILE_PREFIXES,
  OCCUPATIONS_WORKING,
  ORG_CODE_WEIGHTS,
  SURNAMES,
} from './people-data'
import type { Rng } from './random'
import { DAY, localDate } from './time'

type PersonInput = Extract<PartyInput, { type: 'person' }>
type OrganisationInput = Extract<PartyInput, { type: 'organisation' }>

export function surname(r: Rng): string {
  return r.weighted(SURNAMES)
}

export function givenName(r: Rng, gender: Gender): string {
  const chars = gender === 'male' ? MALE_CHARS : FEMALE_CHARS
  const last = r.pick(chars)
  if (r.chance(0.35)) return last
  const middle = r.pick(MIDDLE_CHARS)
  return middle === last ? last : middle + last
}

export function fullName(r: Rng, gender: Gender, family?: string): string {
  return (family ?? surname(r)) + givenName(r, gender)
}

export function mobile(r: Rng): string {
  return r.pick(MOBILE_PREFIXES) + String(r.int(0, 99_999_999)).padStart(8, '0')
}

export function landline(r: Rng): string {
  return `0411-${r.int(3, 8)}${String(r.int(0, 9_999_999)).padStart(7, '0')}`
}

export interface Address {
  district: District
  text: string
}

/** An address in Dalian: a flat in a city compound, or (`rural`, or sometimes) a house in a village. */
export function address(
  r: Rng,
  district: District = r.weighted(DISTRICT_WEIGHTS),
  setting: 'rural' | 'urban' | null = null,
): Address {
  const city = '辽宁省大连市'.slice(r.chance(0.7) ? 3 : 0)
  const village = setting === 'rural' || (setting === null && (!district.urban || r.chance(0.05)))
  if (village && district.villages.length) {
    const village = r.pick(district.villages)
    return { district, text: `${city}${district.name}${village}${r.int(1, 12)}组${r.int(1, 180)}号` }
  }
  const street = r.pick(district.streets)
  if (r.chance(0.5)) {
    return {
      district,
      text: `${city}${district.name}${street}${r.int(1, 400)}号${r.int(1, 6)}-${r.int(1, 18)}-${r.int(1, 4)}`,
    }
  }
  return {
    district,
    text: `${city}${district.name}${street}${r.pick(COMPOUNDS)}${r.int(1, 30)}号楼${r.int(1, 6)}单元${r.int(1, 18)}0${r.int(1, 4)}室`,
  }
}

export interface PersonOptions {
  role: PartyRole
  id: string
  now: number
  gender?: Gender
  family?: string
  minAge?: number
  maxAge?: number
  district?: District
  setting?: 'rural' | 'urban' | null
  /** Set for minors and others whose number is not known yet. */
  noId?: boolean
}

/** A valid 居民身份证 number for the birth date, region and gender. */
export function residentId(r: Rng, region: string, birthDate: string, gender: Gender): string {
  const seq = r.int(0, 99) * 10 + (gender === 'male' ? r.int(0, 4) * 2 + 1 : r.int(0, 4) * 2)
  const first17 = `${region}${birthDate.replaceAll('-', '')}${String(seq).padStart(3, '0')}`
  return first17 + residentIdCheckChar(first17)
}

export function person(r: Rng, o: PersonOptions): PersonInput {
  const gender = o.gender ?? (r.chance(0.5) ? 'male' : 'female')
  const age = r.int(o.minAge ?? 22, o.maxAge ?? 78)
  const birthDate = localDate(o.now - age * 365.25 * DAY - r.int(1, 360) * DAY)
  const home = address(r, o.district, o.setting)
  const region = r.chance(0.78)
    ? r.chance(0.9)
      ? home.district.code
      : r.pick(LEGACY_DALIAN_REGIONS)
    : r.pick(OTHER_BIRTH_REGIONS)
  const occupation =
    age >= 60 && r.chance(0.8)
      ? '退休'
      : home.district.urban
        ? r.pick(OCCUPATIONS_WORKING)
        : r.pick(['农民', '渔民', '养殖户', '个体经营', '务工'])
  const phoneKind = r.float()
  const docKind = r.float()
  const base = {
    id: o.id,
    type: 'person' as const,
    role: o.role,
    name: fullName(r, gender, o.family),
    gender,
    ethnicity: r.weighted(ETHNICITIES),
    occupation,
    phone: phoneKind < 0.9 ? mobile(r) : phoneKind < 0.95 ? landline(r) : '',
    address: home.text,
  }
  if (o.noId || docKind < 0.04) return { ...base, birthDate, idType: 'resident-id', idNumber: '' }
  if (docKind < 0.06) {
    const idType = r.pick(['passport', 'hk-macao-permit', 'taiwan-permit'] as const)
    const prefix = idType === 'passport' ? 'E' : idType === 'hk-macao-permit' ? 'C' : 'T'
    return { ...base, birthDate, idType, idNumber: prefix + String(r.int(10_000_000, 99_999_999)) }
  }
  // Most cards are typed without the birth date, which the app fills in from the number.
  return {
    ...base,
    birthDate: r.chance(0.5) ? birthDate : '',
    idType: 'resident-id',
    idNumber: residentId(r, region, birthDate, gender),
  }
}

/** 9-character organisation code (GB 11714): 8 digits and a MOD 11 check character. */
export function organisationCode(r: Rng): string {
  const digits = String(r.int(10_000_000, 99_999_999))
  let sum = 0
  for (let i = 0; i < 8; i++) sum += Number(digits[i]) * (ORG_CODE_WEIGHTS[i] ?? 0)
  const c = 11 - (sum % 11)
  return digits + (c === 10 ? 'X' : c === 11 ? '0' : String(c))
}

/** 统一社会信用代码: authority + type (e.g. "91" company, "92" sole trader, "12" public institution). */
export function creditCode(r: Rng, authorityAndType: string, region: string): string {
  const first17 = authorityAndType + region + organisationCode(r)
  return first17 + creditCodeCheckChar(first17)
}

export function brand(r: Rng): string {
  const a = r.pick(BRAND_CHARS)
  let b = r.pick(BRAND_CHARS)
  if (b === a) b = r.pick(BRAND_CHARS)
  return a + b
}

export type OrgKind =
  | 'property'
  | 'estate'
  | 'construction'
  | 'decoration'
  | 'retail'
  | 'fitness'
  | 'education'
  | 'beauty'
  | 'restaurant'
  | 'manufacturing'
  | 'logistics'
  | 'insurer'
  | 'clinic'
  | 'hospital'
  | 'aquaculture'
  | 'cooperative'
  | 'chemical'
  | 'barbecue'
  | 'village'
  | 'subdistrict'
  | 'car-dealer'

function orgName(r: Rng, kind: OrgKind, d: District): { name: string; code: string } {
  const b = brand(r)
  switch (kind) {
    case 'property':
      return { name: `大连${b}物业${r.pick(['服务', '管理'])}有限公司`, code: '91' }
    case 'estate':
      return { name: `大连${b}房地产开发有限公司`, code: '91' }
    case 'construction':
      return {
        name: `大连${b}${r.pick(['建筑工程有限公司', '建设集团有限公司', '建筑劳务有限公司'])}`,
        code: '91',
      }
    case 'decoration':
      return { name: `大连${b}装饰工程有限公司`, code: '91' }
    case 'retail':
      return {
        name: `大连${b}${r.pick(['商贸有限公司', '电器有限公司', '家居有限公司', '通讯器材有限公司'])}`,
        code: '91',
      }
    case 'fitness':
      return { name: `大连${b}健身服务有限公司`, code: '91' }
    case 'education':
      return { name: `大连市${d.name}${b}培训学校有限公司`, code: '91' }
    case 'beauty':
      return { name: `大连${b}美容美发有限公司`, code: '91' }
    case 'restaurant':
      return { name: `大连${b}餐饮管理有限公司`, code: '91' }
    case 'manufacturing':
      return {
        name: `大连${b}${r.pick(['机械制造有限公司', '精密部件有限公司', '服装有限公司', '食品有限公司'])}`,
        code: '91',
      }
    case 'logistics':
      return { name: `大连${b}${r.pick(['物流有限公司', '运输有限公司', '出租汽车有限公司'])}`, code: '91' }
    case 'insurer':
      return { name: `${b}财产保险股份有限公司大连分公司`, code: '91' }
    case 'clinic':
      return { name: `大连${b}口腔门诊部有限公司`, code: '91' }
    case 'hospital':
      return { name: `大连${b}医院`, code: '52' }
    case 'aquaculture':
      return { name: `大连${b}水产养殖有限公司`, code: '91' }
    case 'cooperative':
      return {
        name: `${d.name}${r.pick(d.villages.length ? d.villages : ['城郊'])}${b}海珍品养殖专业合作社`,
        code: '93',
      }
    case 'chemical':
      return { name: `大连${b}${r.pick(['化工有限公司', '木业有限公司', '铸造有限公司'])}`, code: '91' }
    case 'barbecue':
      return { name: `${d.name}${b}烧烤店`, code: '92' }
    case 'village':
      return {
        name: `${d.name}${r.pick(d.villages.length ? d.villages : ['城郊村'])}股份经济合作社`,
        code: 'N2',
      }
    case 'subdistrict':
      return { name: `大连市${d.name}${r.pick(d.subdistricts)}办事处`, code: '11' }
    case 'car-dealer':
      return { name: `大连${b}汽车销售服务有限公司`, code: '91' }
  }
}

/** Organisations that only exist in the countryside. */
const RURAL_ORGS = new Set<OrgKind>(['cooperative', 'village', 'aquaculture'])

export function organisation(
  r: Rng,
  o: { role: PartyRole; id: string; kind: OrgKind; district?: District; now: number },
): OrganisationInput {
  const rural = RURAL_ORGS.has(o.kind)
  const district = rural && !o.district?.villages.length ? r.weighted(RURAL_DISTRICT_WEIGHTS) : o.district
  const home = address(r, district, rural ? 'rural' : null)
  const { name, code } = orgName(r, o.kind, home.district)
  return {
    id: o.id,
    type: 'organisation',
    role: o.role,
    name,
    creditCode: creditCode(r, code, home.district.code),
    legalRepresentative: fullName(r, r.chance(0.7) ? 'male' : 'female'),
    phone: r.chance(0.6) ? landline(r) : mobile(r),
    address: home.text,
  }
}
