/** Creates what lives for the whole session: the language, the workspace and the platform. */
import type { i18n } from 'i18next'
import { openWorkspace } from '../data'
import type { Services } from '../features/shared/services'
import { createI18n } from '../i18n'
import { detectPlatform } from '../platform'

export function bootstrap(): { services: Services; i18n: i18n } {
  const { repositories } = openWorkspace()
  return { services: { repositories, platform: detectPlatform() }, i18n: createI18n() }
}
