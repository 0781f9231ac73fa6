/**
 * `fonts:*`: the PDF body font. `fonts:system-face` answers which 仿宋 PDFs use (with its bytes
 * when asked); `fonts:choose` opens main's dialog for an administrator to point to a font file, and
 * `fonts:clear` goes back to the search. Both changes need an administrator's grant for `fonts`.
 */
import type { BodyFontService } from '../../fonts/body-font'
import type { AdminKeys } from '../../security/admin-keys'
import type { Handlers } from '../register'
import { requireWindow, type GetWindow, type OpenDialogPort } from './window-port'

export interface FontServices {
  fonts: BodyFontService
  adminKeys: Pick<AdminKeys, 'allows'>
  dialog: OpenDialogPort
  getWindow: GetWindow
}

export function makeFontHandlers(
  s: FontServices,
): Pick<Handlers, 'fontsSystemFace' | 'fontsChoose' | 'fontsClear'> {
  return {
    fontsSystemFace: ({ withData }) => s.fonts.current(withData),
    async fontsChoose({ grant }) {
      if (!(await s.adminKeys.allows(grant, 'fonts'))) return { status: 'refused' }
      const picked = await s.dialog.showOpenDialog(requireWindow(s.getWindow), {
        properties: ['openFile'],
        filters: [{ name: 'TrueType / OpenType', extensions: ['ttf', 'otf'] }],
      })
      const path = picked.filePaths[0]
      if (picked.canceled || !path) return { status: 'cancelled' }
      return s.fonts.choose(path)
    },
    async fontsClear({ grant }) {
      if (!(await s.adminKeys.allows(grant, 'fonts'))) return { status: 'refused' }
      await s.fonts.clear()
      return { status: 'cleared' }
    },
  }
}
