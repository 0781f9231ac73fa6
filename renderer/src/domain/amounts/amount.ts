/**
 * Money: stored as whole fen (分), typed as yuan with up to two decimals, shown in figures and in
 * Chinese capitals (壹万贰仟元整) through nzh, a maintained converter.
 */
import nzhcn from 'nzh/cn'
import { z } from 'zod'
import { MSG } from '../shared/messages'

export const MAX_FEN = 1e14

export const amountFenSchema = z
  .number(MSG.amount)
  .int(MSG.amount)
  .min(0, MSG.amountNegative)
  .max(MAX_FEN, MSG.tooLong)

/** "1,200.5" or "1200.50" → 120050; refuses negatives, more than two decimals and anything else. */
export function parseYuan(input: string): number | null {
  const s = input.replace(/[,\s，]/g, '')
  if (!/^\d+(\.\d{1,2})?$/.test(s)) return null
  const [whole, frac = ''] = s.split('.')
  const fen = Number(whole) * 100 + Number(frac.padEnd(2, '0'))
  return Number.isSafeInteger(fen) && fen <= MAX_FEN ? fen : null
}

export function formatYuan(fen: number): string {
  const yuan = Math.floor(fen / 100)
  const rest = fen % 100
  return `${yuan.toLocaleString('en-US')}${rest ? `.${String(rest).padStart(2, '0')}` : ''}`
}

/** 壹万贰仟元整 — the form agreements and receipts use. */
export function toChineseCapitals(fen: number): string {
  if (fen === 0) return '零元整'
  const words = nzhcn.toMoney((fen / 100).toFixed(2), { outSymbol: false })
  // Financial writing closes an amount without 分 with 整 (GB/T 与 会计基础工作规范 第五十二条).
  return fen % 10 === 0 ? `${words}整` : words
}
