/** fast-check arbitraries for statistics facts, shared by the property tests. */
import fc from 'fast-check'
import { PREVENTION_FLAGS } from '../../renderer/src/domain/cases/catalogues'

/** Up to three recorded preventions (预防成效), on days drawn from `day`. */
export const preventionsOn = (day: fc.Arbitrary<string>) =>
  fc.array(
    fc.record({
      flag: fc.constantFrom(...PREVENTION_FLAGS),
      persons: fc.integer({ min: 1, max: 50 }),
      on: day,
    }),
    { maxLength: 3 },
  )
