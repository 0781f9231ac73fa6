import { describe, expect, it } from 'vitest'
import { formatYuan, parseYuan, toChineseCapitals } from '../../../renderer/src/domain/amounts/amount'

describe('amounts', () => {
  it('parses yuan into whole fen and refuses anything else', () => {
    expect(parseYuan('12000')).toBe(1_200_000)
    expect(parseYuan('1,200.5')).toBe(120_050)
    expect(parseYuan(' 0.05 ')).toBe(5)
    for (const bad of ['-5', '12.345', 'abc', '', '1e5', '１２']) expect(parseYuan(bad), bad).toBeNull()
  })

  it('writes figures and Chinese capitals', () => {
    expect(formatYuan(1_200_050)).toBe('12,000.50')
    expect(formatYuan(1_200_000)).toBe('12,000')
    expect(toChineseCapitals(1_200_000)).toBe('壹万贰仟元整')
    expect(toChineseCapitals(120_050)).toBe('壹仟贰佰元伍角整')
    expect(toChineseCapitals(5)).toBe('伍分')
    expect(toChineseCapitals(0)).toBe('零元整')
  })
})
