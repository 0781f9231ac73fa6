/** Messages for agreements and signing (`agreements`, `signaturePad`, `signing`, `verify`), spread into zh-CN and en. */
import { agreementsEn as en } from './agreements.en'
import { agreementsZhCN as zhCN } from './agreements.zh-CN'

export const agreementsMessages = { zhCN, en }
