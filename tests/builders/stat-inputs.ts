/** Test builders for statistics: one case's facts, overridable field by field. */
import type { StatInput } from '../../renderer/src/domain/statistics'

let n = 0

/** A 人民调解 neighbourhood dispute applied for and accepted on 2026-11-10 by two parties, still open. */
export function makeStatInput(overrides: Partial<StatInput> = {}): StatInput {
  // A case past registration was accepted (受理) the day it was registered unless told otherwise.
  const registeredOn = overrides.registeredOn ?? '2026-11-10'
  const accepted = (overrides.status ?? 'mediating') !== 'registered' && overrides.outcome !== 'rejected'
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
    acceptedOn: accepted ? registeredOn : null,
    agreementForm: null,
    confirmationApplied: [],
    confirmed: [],
    performedOn: null,
    unperformedOn: null,
    visits: [],
    massPersons: 0,
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
