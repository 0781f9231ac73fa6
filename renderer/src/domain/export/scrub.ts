/**
 * Scrubbing free text (facts, requests) for a de-identified bundle, when an export chooses to
 * include it. Replaced, longest first so a full name wins over its fragments:
 * - every name of the case — parties, legal representatives, agents, guardians — by the party's
 *   label (当事人甲, 当事人甲的代理人 …), and the fragments people are called by: the given name
 *   (when two characters or more), surname + a form of address (王女士, 王某, 老王, 小王), and for
 *   organisations the name without its legal form and city (明泰建筑劳务 of 大连明泰建筑劳务有限公司);
 * - the parties' ID numbers, credit codes and phones, however spaced, by their masks; then every
 *   other run of digits shaped like an ID number, credit code, mobile or landline number;
 * - the parties' addresses by their 区/县, and house numbers (3号楼2单元501室, 12-3-1) by "…".
 */
import { districtOf } from './address'
import { maskIdNumber, maskPhone } from './masks'

export interface ScrubName {
  name: string
  label: string
  /** Organisations get company-name fragments; persons get given-name and surname fragments. */
  kind: 'person' | 'organisation'
}

export interface ScrubTerms {
  names: ScrubName[]
  /** Exact numbers of the case, with their masks. */
  numbers: { value: string; mask: string }[]
  addresses: string[]
}

const COMPOUND_SURNAMES = new Set(
  '欧阳 司马 诸葛 上官 东方 皇甫 尉迟 公孙 慕容 长孙 宇文 司徒 令狐 夏侯 澹台 轩辕 端木 独孤 南宫 西门 百里 呼延 东郭 申屠 太史 钟离 闻人 赫连 万俟 拓跋'.split(
    ' ',
  ),
)
const ADDRESS_FORMS = [
  '先生',
  '女士',
  '小姐',
  '某',
  '某某',
  '师傅',
  '大爷',
  '大妈',
  '阿姨',
  '大姐',
  '大哥',
  '老师',
  '奶奶',
  '爷爷',
  '姐',
  '哥',
  '叔',
  '婶',
]
const LEGAL_FORMS = /(?:股份有限公司|有限责任公司|有限公司|分公司|公司|合作社|经营部|商店|门市部|厂|店)$/u
const PLACE_PREFIX = /^(?:辽宁省|辽宁)?(?:大连市|大连)?/u

const isHan = (s: string) => /^\p{Script=Han}+$/u.test(s)

/** The strings that stand for a name in text, each with what replaces it. */
function nameVariants({ name, label, kind }: ScrubName): [string, string][] {
  const n = name.normalize('NFKC').replace(/\s+/g, '')
  if (!n) return []
  const out: [string, string][] = [[n, label]]
  if (kind === 'organisation') {
    const core = n.replace(LEGAL_FORMS, '').replace(PLACE_PREFIX, '')
    if (core.length >= 2 && core !== n) out.push([core, label])
    return out
  }
  if (!isHan(n) || n.length < 2) return out
  const surname = n.length >= 3 && COMPOUND_SURNAMES.has(n.slice(0, 2)) ? n.slice(0, 2) : n.slice(0, 1)
  const given = n.slice(surname.length)
  if (given.length >= 2) out.push([given, label])
  for (const form of ADDRESS_FORMS) out.push([surname + form, label])
  out.push([`老${surname}`, label], [`小${surname}`, label])
  return out
}

/** A pattern matching the digits (and X) of `value` with any spaces or hyphens between them. */
function spacedDigits(value: string): RegExp | null {
  const chars = value.replace(/[\s-]/g, '').toUpperCase()
  if (chars.length < 5) return null
  const body = [...chars].map((c) => (c === 'X' ? '[Xx]' : c.replace(/[^0-9A-Z]/g, ''))).join('[\\s-]?')
  return new RegExp(`(?<![0-9A-Za-z])${body}(?![0-9A-Za-z])`, 'g')
}

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')

const GENERIC: [RegExp, (m: string) => string][] = [
  [/(?<![0-9A-Za-z])\d{17}[\dXx](?![0-9A-Za-z])/g, (m) => maskIdNumber(m, 'resident-id')],
  [/(?<![0-9A-Za-z])\d{15}(?![0-9A-Za-z])/g, (m) => maskIdNumber(m, 'resident-id')],
  [
    /(?<![0-9A-Za-z])[0-9A-HJ-NPQRTUWXY]{2}\d{6}[0-9A-HJ-NPQRTUWXY]{10}(?![0-9A-Za-z])/g,
    (m) => maskIdNumber(m, 'credit-code'),
  ],
  [/(?<!\d)1[3-9]\d(?:[\s-]?\d){8}(?!\d)/g, maskPhone],
  [/(?<!\d)0\d{2,3}[\s-]?\d{7,8}(?!\d)/g, maskPhone],
  // House numbers: 3号楼2单元501室, 25号, 2-8-2 — after the numbers above, which they would split.
  [/\d+号楼(?:\d+单元)?(?:\d+室)?|\d+单元\d+室|\d+-\d+-\d+(?:-\d+)?|\d+组\d+号|\d+号/g, () => '…'],
]

/** Place names inside an address (海韵园 of 拥政街海韵园3号楼), which text may mention on their own. */
const PLACE_END = /(?<=路|街|道|巷|胡同|村|屯|组|园|苑|小区|花园|家园|公寓|大厦|广场|里|庄|湾|城|镇|乡)/u
function addressPieces(rest: string): string[] {
  return rest
    .split(/[\d\-－—#号楼栋单元层室户]+/u)
    .flatMap((part) => [part, ...part.split(PLACE_END)])
    .filter((p) => p.length >= 2)
}

/**
 * Full-width digits and Latin letters as ASCII (so ０４１１ is masked like 0411), and a full-width
 * hyphen between digits; Chinese punctuation (，。：（）) stays as written.
 */
function foldWidth(text: string): string {
  return text
    .replace(/[\uFF10-\uFF19\uFF21-\uFF3A\uFF41-\uFF5A]/g, (c) =>
      String.fromCharCode(c.charCodeAt(0) - 0xfee0),
    )
    .replace(/(?<=\d)[\uFF0D\u2014\u2013](?=\d)/g, '-')
}

/** Where the text already says the role (申请人张三家), the label's 当事人 is not repeated: 申请人甲家. */
const ROLE_BEFORE = /(?:被申请人|申请人|当事人)$/u
const LABEL_PREFIX = '当事人'

export function scrubText(text: string, terms: ScrubTerms): string {
  let out = foldWidth(text)
  // 1. The case's own numbers, however they are spaced.
  for (const { value, mask } of terms.numbers) {
    const re = spacedDigits(value)
    if (re) out = out.replace(re, mask)
  }
  // 2. Addresses and names, longest first, in one pass (a replacement is never scanned again).
  const replacements = new Map<string, string>()
  for (const address of terms.addresses) {
    const a = address.normalize('NFKC').replace(/\s+/g, '')
    if (a.length < 2) continue
    const district = districtOf(a)
    replacements.set(a, district || '…')
    const rest = district && a.includes(district) ? a.slice(a.indexOf(district) + district.length) : a
    if (rest.length >= 2) replacements.set(rest, '…')
    for (const piece of addressPieces(rest)) if (!replacements.has(piece)) replacements.set(piece, '…')
  }
  for (const n of terms.names) {
    for (const [from, to] of nameVariants(n)) if (!replacements.has(from)) replacements.set(from, to)
  }
  const keys = [...replacements.keys()].filter((k) => k.length > 0).sort((a, b) => b.length - a.length)
  if (keys.length) {
    const re = new RegExp(keys.map(escape).join('|'), 'gu')
    out = out.replace(re, (m: string, offset: number, whole: string) => {
      const to = replacements.get(m) ?? '…'
      const roleSaid =
        to.startsWith(LABEL_PREFIX) && ROLE_BEFORE.test(whole.slice(Math.max(0, offset - 4), offset))
      return roleSaid ? to.slice(LABEL_PREFIX.length) : to
    })
  }
  // 3. Anything else shaped like an identity or phone number, and house numbers.
  for (const [re, replace] of GENERIC) out = out.replace(re, replace)
  return out
}
