/**
 * A workspace ready for agreements: real keys, the real signing port, a seal image and a
 * certificate set up by the administrator, and a case (two parties) with a written agreement
 * record, registered by a mediator who also holds the judicial-office role where asked.
 */
import { createRepositories, type Repositories } from '../../renderer/src/data/repositories'
import type { Role } from '../../renderer/src/domain/auth/roles'
import type { Case } from '../../renderer/src/domain/cases/case'
import type { Agreement } from '../../renderer/src/domain/documents/agreement'
import { createAgreementRenderer, signingPort } from '../../renderer/src/output/signing'
import { nodeFontSource } from '../../renderer/cli/node-fonts'
import { makeRegistration } from './cases'
import { makePng, makeSignaturePng } from './png'
import { agreement } from './records'
import { sessionAs, setUpWorkspace, TEST_KDF } from './session'

export const renderAgreement = createAgreementRenderer(nodeFontSource())

export async function agreementWorkspace(options: { seal?: boolean; certificate?: boolean } = {}) {
  const ws = await setUpWorkspace()
  const as = (roles: Role[], id = `user-${roles.join('-')}`): Repositories =>
    createRepositories(ws.db, sessionAs(ws.session, roles, id), { kdfCost: TEST_KDF, signing: signingPort })
  const admin = createRepositories(ws.db, ws.session, { kdfCost: TEST_KDF, signing: signingPort })
  if (options.seal !== false) await admin.signing.importSeal(makePng())
  if (options.certificate !== false) await admin.signing.createSelfIssued()
  // A real account, so the mediator's name is known to the agreement.
  const account = await admin.users.create({
    username: 'mediator1',
    displayName: '李调解',
    roles: ['mediator'],
    password: 'mediator password 1',
  })
  const mediator = as(['mediator'], account.id)
  const judicial = as(['judicial'])
  const c: Case = await mediator.cases.register(makeRegistration())
  await mediator.cases.addRecord(c.id, 'agreement', agreement(c))
  return { ...ws, admin, mediator, judicial, as, case: c }
}

/**
 * Signs every required slot still empty with drawn signatures (the signer each slot names first),
 * but those in `except`; with `only`, just those.
 */
export async function signAll(
  repos: Repositories,
  a: Agreement,
  except: string[] = [],
  only?: string[],
): Promise<Agreement> {
  let current = a
  const signed = new Set(a.signatures.map((s) => s.slotId))
  for (const [i, slot] of a.slots.entries()) {
    if (!slot.required || except.includes(slot.id) || signed.has(slot.id)) continue
    if (only && !only.includes(slot.id)) continue
    current = await repos.agreements.addSignature(a.id, {
      slotId: slot.id,
      signerRole: slot.signers[0]?.role ?? 'recorder',
      method: 'signature',
      image: makeSignaturePng(i + 1),
    })
  }
  return current
}
