/** A stored signature shown back: its PNG read through the repository, drawn from a blob URL. */
import { Image } from '@mantine/core'
import { useRepositories } from '../../shared/services'
import { useQuery } from '../../shared/use-query'
import { useBlobUrl } from '../../../components/use-blob-url'

export function SignatureImage({
  agreementId,
  slotId,
  alt,
}: {
  agreementId: string
  slotId: string
  alt: string
}) {
  const { agreements } = useRepositories()
  const png = useQuery(() => agreements.signatureImage(agreementId, slotId), [agreementId, slotId])
  const url = useBlobUrl(png.data ?? null, 'image/png')
  return url ? (
    <Image src={url} alt={alt} h={56} w="auto" fit="contain" data-testid={`signature-image-${slotId}`} />
  ) : null
}
