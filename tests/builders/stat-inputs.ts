/** Test builders for statistics: one case's facts, overridable field by field. */
import type { StatInput } from '../../renderer/src/domain/statistics'

let n = 0

/** A 人民调解 neighbourhood dispute applied for on 2026-11-10 by two parties, still open. */
export function makeStatInput(overrides: Partial<StatInput> = {}): StatInput {
  return {
    id: `case-${++n}`,
    kind: 'people',
    sector: null,
    disputeType: 'neighbourhood',
    source: 'party-application',
    status: 'mediating',
    outcome: null,
    mediatorId: 'mediator-a',
    riskLevel: null,
    registeredOn: '2026-11-10',
    concludedOn: null,
    agreementAmountFen: 0,
    persons: 2,
    preventions: [],
    ...overrides,
  }
}

/** The same, agreed on `on` for `amountFen`. */
export function makeAgreedInput(
  on: string,
  amountFen: number,
  overrides: Partial<StatInput> = {},
): StatInput {
  return makeStatInput({
    status: 'closed',
    outcome: 'agreed',
    concludedOn: on,
    agreementAmountFen: amountFen,
    ...overrides,
  })
}
