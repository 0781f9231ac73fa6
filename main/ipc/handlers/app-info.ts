/** `app:info`: product name and the versions shown on the About screen and in support reports. */
import type { AppInfo } from '../../../preload/contract'
import { PRODUCT_NAME } from '../../app-identity'
import type { Handlers } from '../register'

export interface AppInfoDeps {
  getVersion: () => string
  versions: { electron?: string; chrome?: string }
  platform: string
}

export function makeAppInfoHandler(deps: AppInfoDeps): Handlers['appInfo'] {
  return (): Promise<AppInfo> =>
    Promise.resolve({
      name: PRODUCT_NAME,
      version: deps.getVersion(),
      electron: deps.versions.electron ?? 'unknown',
      chrome: deps.versions.chrome ?? 'unknown',
      platform: deps.platform,
    })
}
