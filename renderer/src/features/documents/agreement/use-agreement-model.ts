/** The agreement as it will be printed, for reading on the signing screen: the same model the PDF is made from. */
import type { Agreement } from '../../../domain/documents/agreement'
import { templateSet } from '../../../output/documents'
import { agreementModel } from '../../../output/signing/agreement-renderer'
import { useRepositories } from '../../shared/services'
import { useQuery } from '../../shared/use-query'

export function useAgreementModel(a: Agreement) {
  const { templates } = useRepositories()
  return useQuery(
    async () =>
      agreementModel(
        {
          agreement: a,
          signatureImages: {},
          sealImage: null,
          effectiveAt: a.effectiveAt ?? new Date().toISOString(),
        },
        templateSet(await templates.all()),
      ),
    [a.id, a.updatedAt],
  )
}
