/** Small helpers the record forms share: defaults, party choices, amounts typed in 元. */
import dayjs from 'dayjs'
import { formatYuan, parseYuan, toChineseCapitals } from '../../domain/amounts/amount'
import type { Case } from '../../domain/cases/case'
import { OBLIGOR_ALL, obligorsOf, type CaseRecord, type RecordKind } from '../../domain/cases/records'
import { MSG } from '../../domain/shared/messages'

/** Every kind a person records through a form: transitions are written by the workflow only. */
export type FormKind = Exclude<RecordKind, 'transition'>

/** Now, as a datetime-local field holds it (YYYY-MM-DDTHH:mm). */
export const nowLocal = (): string => dayjs().format('YYYY-MM-DDTHH:mm')
/** Today, as a date field holds it (YYYY-MM-DD). */
export const today = (): string => dayjs().format('YYYY-MM-DD')
export const addDays = (isoDate: string, days: number): string =>
  dayjs(isoDate).add(days, 'day').format('YYYY-MM-DD')

export function partyOptions(caseData: Pick<Case, 'parties'>): { value: string; label: string }[] {
  return caseData.parties.map((p) => ({ value: p.id, label: p.name }))
}

/** The choices of a term's obligor: each party, or all of them alike. */
export function obligorOptions(caseData: Pick<Case, 'parties'>, allLabel: string) {
  return [...partyOptions(caseData), { value: OBLIGOR_ALL, label: allLabel }]
}

/** Who a term's obligor names, for showing it ('' when nobody). */
export function obligorName(caseData: Pick<Case, 'parties'>, id: string, allLabel: string): string {
  const o = obligorsOf(caseData.parties, id)
  return o.all ? allLabel : o.parties.map((p) => p.name).join('、')
}

export function partyName(caseData: Pick<Case, 'parties'>, id: string): string {
  return caseData.parties.find((p) => p.id === id)?.name ?? ''
}

/** The newest agreement on the case: the one performance is recorded against. */
export function latestAgreement(records: readonly CaseRecord[]): CaseRecord<'agreement'> | undefined {
  let latest: CaseRecord<'agreement'> | undefined
  for (const r of records) {
    if (r.kind === 'agreement' && (!latest || r.createdAt >= latest.createdAt)) latest = r
  }
  return latest
}

/**
 * An amount typed in 元 → fen. Empty means 0 (the term pays nothing); anything malformed or
 * negative is refused with an i18n key.
 */
export function yuanToFen(text: string): { fen: number } | { error: string } {
  const s = text.trim()
  if (s === '') return { fen: 0 }
  const fen = parseYuan(s)
  if (fen !== null) return { fen }
  if (/^[-－−]/.test(s) && parseYuan(s.slice(1)) !== null) return { error: MSG.amountNegative }
  return { error: MSG.amount }
}

/** The amount as typed, or null while it is empty or malformed: for showing figures and capitals live. */
export function typedFen(text: string): number | null {
  if (text.trim() === '') return null
  const r = yuanToFen(text)
  return 'fen' in r ? r.fen : null
}

/** An amount's figures and Chinese capitals, for the `figures` / `totalValue` messages. */
export function amountWords(fen: number): { figures: string; capitals: string } {
  return { figures: formatYuan(fen), capitals: toChineseCapitals(fen) }
}
