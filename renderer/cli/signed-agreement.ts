/**
 * One effective signed agreement for `docs:samples`. The signing layer (renderer/src/documents/
 * signing) may offer `signedAgreementSample(fonts)`; when it does, that is used. Otherwise the
 * sample is made here from its public parts: a demo case's written agreement with every party and
 * the mediator signed (drawn strokes), the committee's seal stamped, PAdES-signed with a
 * self-issued certificate of the organisation.
 */
import type { CaseDetail, FontSource, SignatureAsset } from '../src/output/documents'
import {
  builtInTemplate,
  documentsForCase,
  makeDocument,
  renderPdf,
  templateSet,
} from '../src/output/documents'
import { makePng } from '../../tests/builders/png'

type SigningModule = {
  signedAgreementSample?: (fonts: FontSource) => Promise<Uint8Array>
  createSelfIssuedIdentity?: (subject: { organisation: string; region?: string }) => Promise<unknown>
  signPdf?: (
    pdf: Uint8Array,
    identity: unknown,
    info: { reason: string; location: string; name: string; signingTime?: Date },
  ) => Promise<Uint8Array>
}

/** A pen stroke: a wave across the box. */
const stroke = (x: number, y: number, w: number, h: number) =>
  Math.abs(y - h / 2 - (Math.sin(x / 11) * h) / 3) < 2.5

export async function signedAgreement(
  details: CaseDetail[],
  fonts: FontSource,
): Promise<{ pdf: Uint8Array; note: string } | null> {
  const signing = (await import('../src/output/signing')) as unknown as SigningModule
  if (typeof signing.signedAgreementSample === 'function') {
    return {
      pdf: await signing.signedAgreementSample(fonts),
      note: 'from documents/signing signedAgreementSample()',
    }
  }
  const { createSelfIssuedIdentity, signPdf } = signing
  if (typeof createSelfIssuedIdentity !== 'function' || typeof signPdf !== 'function') return null

  const templates = templateSet()
  for (const detail of details) {
    const doc = documentsForCase(detail, templates).find((d) => d.kind === 'agreement' && d.available)
    if (!doc) continue
    const signedAt = new Date(`${detail.case.events['agreement-effective'] ?? '2026-03-05'}T10:00:00+08:00`)
    const signatures: Record<string, SignatureAsset> = {}
    detail.case.parties.forEach((p, i) => {
      signatures[`party:${p.id}`] = {
        image: makePng({ width: 240 + i * 10, height: 80, ink: stroke }),
        signedAt: new Date(signedAt.getTime() + i * 60_000).toISOString(),
      }
    })
    signatures.mediator = {
      image: makePng({ width: 230, height: 80, ink: stroke }),
      signedAt: signedAt.toISOString(),
    }
    const model = makeDocument(detail, builtInTemplate('agreement'), {
      recordId: doc.recordId,
      assets: { signatures, seal: makePng({ width: 300, height: 300 }) },
    })
    const pdf = await renderPdf(model, fonts)
    const { organisation } = detail
    const identity = await createSelfIssuedIdentity({
      organisation: organisation.name,
      region: organisation.region,
    })
    const signed = await signPdf(pdf, identity, {
      reason: '人民调解协议书生效',
      location: organisation.region ?? '',
      name: organisation.name,
      signingTime: signedAt,
    })
    return {
      pdf: signed,
      note: `${detail.case.caseNo}, PAdES with a self-issued certificate (check: pdfsig)`,
    }
  }
  return null
}
