/**
 * Messages for the statistics page and the statutory table (`statistics`) and its refusals
 * (`statisticsValidation`), spread into zh-CN and en.
 */
import { statisticsEn as en } from './statistics.en'
import { statisticsZhCN as zhCN } from './statistics.zh-CN'

export const statisticsMessages = { zhCN, en }
