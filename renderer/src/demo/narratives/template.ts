/** The shape of a demo narrative template, and helpers the templates share. */
import type { DisputeType, Gender } from '../../domain/cases/catalogues'
import type { OrgKind } from '../people'
import type { District } from '../places'
import type { Rng } from '../random'

export interface Ctx {
  r: Rng
  /** First applicant's name, or "张三等5人" when several apply together. */
  a: string
  /** First respondent's name. */
  b: string
  /** Applicant's address. */
  addr: string
  district: District
  /** Claimed and agreed amounts, in yuan. */
  amt: number
  agreed: number
  /** When the trouble began: 2024年3月 / 2024年3月12日. */
  since: string
  sinceDay: string
  /** A small count (months, times, metres…) for the story. */
  n: number
  applicants: number
  aMale: boolean
  bMale: boolean
}

export interface TermSeed {
  d: string
  yuan: number
  obligor: 'a' | 'b' | ''
  manner?: string
  dueDays?: number
  /** Paid in this many monthly parts. */
  instalments?: number
}

export type Relation = 'parent-child' | 'siblings' | 'spouses' | 'ex-spouses'

export interface Template {
  amount: readonly [min: number, max: number, step: number]
  respondent: 'person' | OrgKind
  relation?: Relation
  applicants?: readonly [number, number]
  /** First applicant's gender, when the story needs it. */
  applicantGender?: Gender
  /** Village houses and farmland, or flats in city compounds. */
  setting?: 'rural' | 'urban'
  /** A third party (an insurer in a traffic case, for instance). */
  thirdParty?: OrgKind
  facts: (c: Ctx) => string
  requests: (c: Ctx) => string
  says: readonly [(c: Ctx) => string, (c: Ctx) => string]
  subject: string
  finding: (c: Ctx) => string
  terms: (c: Ctx) => TermSeed[]
}

/** 8000元, 3.5万元 */
export function yuan(n: number): string {
  return n >= 10_000 && n % 100 === 0 ? `${n / 10_000}万元` : `${n}元`
}

export const peace = (c: Ctx): TermSeed =>
  c.r.pick([
    { d: '双方今后互谅互让、和睦相处，不再因此事发生争执。', yuan: 0, obligor: '' },
    { d: '本协议履行完毕后，双方就此事再无其他争议。', yuan: 0, obligor: '' },
    { d: '双方自愿达成本协议，今后不得再就本纠纷向对方主张任何权利。', yuan: 0, obligor: '' },
  ] as const)

export const pay = (c: Ctx, what: string, obligor: 'a' | 'b' = 'b'): TermSeed => {
  const instalments = c.agreed >= 20_000 && c.r.chance(0.4) ? c.r.int(2, 6) : 1
  return {
    d: `${obligor === 'b' ? c.b : c.a}${what}${yuan(c.agreed)}`,
    yuan: c.agreed,
    obligor,
    manner:
      instalments > 1
        ? `分${instalments}期支付，每月一期`
        : c.r.pick(['一次性现金支付', '一次性银行转账', '微信转账一次性付清']),
    dueDays: instalments > 1 ? instalments * 30 : c.r.int(3, 30),
    instalments,
  }
}

/** Templates for some of the dispute types (each group file covers a few). */
export type TemplateGroup<K extends DisputeType> = Record<K, readonly Template[]>
