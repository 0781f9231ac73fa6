/**
 * i18next set up with the two languages. zh-CN is the default (and the fallback, so always there);
 * the choice is remembered in localStorage (it is not personal data). English is loaded on first
 * use (issue 17: cold start) — `changeLanguage('en')` loads it, then switches.
 */
import i18next, { type BackendModule, type i18n } from 'i18next'
import { initReactI18next } from 'react-i18next'
import { zhCN } from './zh-CN'

export const LANGUAGES = ['zh-CN', 'en'] as const
export type Language = (typeof LANGUAGES)[number]
const STORAGE_KEY = 'mediation-room.language'

export function storedLanguage(): Language {
  const saved = globalThis.localStorage?.getItem(STORAGE_KEY)
  return saved === 'en' ? 'en' : 'zh-CN'
}

export function rememberLanguage(lang: Language): void {
  globalThis.localStorage?.setItem(STORAGE_KEY, lang)
}

/** The messages of a language not bundled with the first screen, loaded with import(). */
const languageLoader: BackendModule = {
  type: 'backend',
  init: () => undefined,
  read(language, _namespace, callback) {
    if (language !== 'en') return callback(null, zhCN)
    import('./en').then(
      (m) => callback(null, m.en),
      (error: unknown) => callback(error as Error, null),
    )
  },
}

export function createI18n(lng: Language = storedLanguage()): i18n {
  const instance = i18next.createInstance()
  void instance
    .use(languageLoader)
    .use(initReactI18next)
    .init({
      lng,
      fallbackLng: 'zh-CN',
      resources: { 'zh-CN': { translation: zhCN } },
      // zh-CN is bundled; any other language comes from languageLoader.
      partialBundledLanguages: true,
      // Braces in messages such as "{year}" are literal text; only {{name}} interpolates.
      interpolation: { escapeValue: false },
      initAsync: false,
      returnNull: false,
    })
  return instance
}

/** Resolves once the instance's current language is loaded (at once for zh-CN). */
export function languageLoaded(instance: i18n): Promise<void> {
  return instance.loadLanguages(instance.language).then(() => undefined)
}
