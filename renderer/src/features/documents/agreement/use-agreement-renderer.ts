/** The renderer an agreement takes effect with: the app's fonts and the templates in force. */
import type { AgreementRenderer } from '../../../data'
import { templateSet } from '../../../output/documents'
import { createAgreementRenderer } from '../../../output/signing/agreement-renderer'
import { useRepositories } from '../../shared/services'
import { useDocumentFonts } from '../fonts'

export function useAgreementRenderer(): () => Promise<AgreementRenderer> {
  const fonts = useDocumentFonts()
  const { templates } = useRepositories()
  return async () => createAgreementRenderer(fonts, templateSet(await templates.all()))
}
